/**
 * A profile tunes the checks to one partnership: partners, the agreed bases for sharing costs and
 * savings, tolerances, the status vocabulary, extra header wordings and rule switches. Profiles are
 * validated with zod; a bad one is reported with its source and the JSON path of the problem.
 */
import { z } from 'zod';
import { LOGICAL_COLUMNS } from './tables/columns';
import { ConcordatError, describeZodIssues } from './errors';
import { asOfMessage, isAsOfDate } from './as-of';

const asOfDate = z.string().refine(isAsOfDate, { error: (issue) => asOfMessage(String(issue.input)) });
const shortText = z.string().min(1).max(200);
const fraction = z.number().min(0).max(1);

const partnerSchema = z.strictObject({
  name: shortText,
  aliases: z.array(shortText).max(20).default([]),
});

const basisSchema = z.enum(['equal', 'activity', 'case-by-case', 'none']);

const ruleSettingSchema = z.strictObject({
  enabled: z.boolean().optional(),
  severity: z.enum(['error', 'warning', 'info']).optional(),
});

const profileSchema = z.strictObject({
  name: shortText.default('Default profile'),
  asOf: asOfDate.optional(),
  partners: z.array(partnerSchema).max(20).default([]),
  basis: z
    .strictObject({
      /**
       * No basis is assumed for costs until the partnership says so ("Cost basis: equal" on the
       * settings sheet, as the Concordat §6.2 agreement has it): a schedule split by caseload is
       * not wrong for being unequal.
       */
      costs: basisSchema.default('none'),
      /** Concordat §6.1: savings "shared equitably … determined on a case by case basis". */
      savings: basisSchema.default('case-by-case'),
    })
    .default({ costs: 'none', savings: 'case-by-case' }),
  tolerances: z
    .strictObject({
      /** Partner shares may sum to 100% ± this (fraction: 0.005 = half a percentage point). */
      shareSum: fraction.default(0.005),
      /** Driver-implied and stated shares may differ by this much (councils use 3 points). */
      driverShare: fraction.default(0.03),
      /** A partner's amount may differ from total × share by this many pounds. */
      amountPounds: z.number().min(0).max(1e9).default(1),
      /** A saving achieved/forecast may fall short of target by this fraction before it is flagged. */
      savingsShortfall: fraction.default(0),
      /** Portfolio cost shares may depart from the agreed basis by this much. */
      costBalance: fraction.default(0.01),
      /** A totals row may differ from the sum of its items by this many pounds (rounding). */
      totalsPounds: z.number().min(0).max(1e9).default(1),
    })
    .default({
      shareSum: 0.005,
      driverShare: 0.03,
      amountPounds: 1,
      savingsShortfall: 0,
      costBalance: 0.01,
      totalsPounds: 1,
    }),
  /** Actions due within this many days and not complete are flagged as due soon. */
  dueSoonDays: z.number().int().min(0).max(3650).default(30),
  statuses: z
    .strictObject({
      complete: z.array(shortText).max(100).optional(),
      inProgress: z.array(shortText).max(100).optional(),
      notStarted: z.array(shortText).max(100).optional(),
      closed: z.array(shortText).max(100).optional(),
    })
    .default({}),
  /** Extra header wordings by logical column, e.g. { "owner": ["Accountable manager"] }. */
  headers: z.partialRecord(z.enum(LOGICAL_COLUMNS), z.array(shortText).max(50)).default({}),
  /**
   * Extra rule packs (JSON files, named relative to the profile file) that the command line loads
   * beside the shipped ones. The add-in runs the packs bundled with it.
   */
  packs: z
    .array(
      z
        .string()
        .min(1)
        .max(500)
        .regex(/\.json$/i, 'a rule pack file ending in .json'),
    )
    .max(20)
    .default([]),
  /** Switch rules off or change their severity: { "deadline.due-soon": { "enabled": false } }. */
  rules: z
    .record(z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/, 'a rule id such as owner.missing'), ruleSettingSchema)
    .default({}),
});

export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;

export function defaultProfile(): Profile {
  return profileSchema.parse({});
}

/** Validates profile JSON from `source` (a file name or the settings sheet), naming the path of any problem. */
export function parseProfile(json: unknown, source: string): Profile {
  const result = profileSchema.safeParse(json);
  if (!result.success) {
    throw new ConcordatError(
      'profile.invalid',
      `${source}: not a valid profile: ${describeZodIssues(result.error.issues)}`,
    );
  }
  return result.data;
}

/** Later profiles win key by key (partners, headers and rules are merged, not replaced wholesale). */
export function mergeProfiles(base: Profile, over: ProfileInput, source: string): Profile {
  const merged = {
    ...base,
    ...over,
    basis: { ...base.basis, ...(over.basis ?? {}) },
    tolerances: { ...base.tolerances, ...(over.tolerances ?? {}) },
    statuses: { ...base.statuses, ...(over.statuses ?? {}) },
    headers: { ...base.headers, ...(over.headers ?? {}) },
    rules: { ...base.rules, ...(over.rules ?? {}) },
    partners: over.partners && over.partners.length > 0 ? over.partners : base.partners,
  };
  return parseProfile(merged, source);
}
