/**
 * The fake conditional formats (ExcelApi 1.6): a range's collection lists the rules that apply to
 * any of its cells; `add('Custom')` makes a rule over the range (or over every area of a RangeAreas);
 * a rule's formula and colours are set through `custom`, which only a Custom rule has
 * (`customOrNullObject` is a null object for the others). A protected sheet refuses them all.
 */
import { overlaps, parseAreas, Rect } from './a1-addresses';
import { refuseIfProtected } from './cell-writes';
import { ClientObject, Locate, PlainProxy, Scalar } from './client-object';
import { CollectionProxy } from './collection-proxy';
import type { FakeConditionalFormat, FakeWorksheet } from './fake-workbook';
import { officeError } from './office-errors';
import type { RequestContext } from './request-context';

interface RuleTarget {
  sheet: FakeWorksheet;
  rule: FakeConditionalFormat;
}

/** A collection's place: the cells it covers, and what a rule added to it applies to. */
export interface FormatsTarget {
  sheet: FakeWorksheet;
  rects: Rect[];
  appliesTo: string;
}

/** A property of a Custom rule, refused on a protected sheet. */
function ruleProperty(key: 'formula' | 'fill' | 'font', member: string): Scalar<RuleTarget> {
  return {
    read: ({ rule }) => rule[key],
    write: ({ sheet, rule }, value) => {
      refuseIfProtected(sheet, member);
      rule[key] = String(value);
    },
  };
}

/** `custom` and its parts: the rule's formula and the colours it shows (`format.fill.color`, `format.font.color`). */
function customProxy(context: RequestContext, typeName: string, locate: Locate<RuleTarget>): PlainProxy<RuleTarget> {
  return new PlainProxy(
    context,
    typeName,
    locate,
    {},
    { since: '1.6' },
    {
      rule: (custom) =>
        new PlainProxy(context, 'ConditionalFormatRule', (request) => custom.resolve(request), {
          formula: ruleProperty('formula', 'ConditionalFormatRule.formula'),
        }),
      format: (custom) =>
        new PlainProxy(
          context,
          'ConditionalRangeFormat',
          (request) => custom.resolve(request),
          {},
          {},
          {
            fill: (format) =>
              new PlainProxy(context, 'ConditionalRangeFill', (request) => format.resolve(request), {
                color: ruleProperty('fill', 'ConditionalRangeFill.color'),
              }),
            font: (format) =>
              new PlainProxy(context, 'ConditionalRangeFont', (request) => format.resolve(request), {
                color: ruleProperty('font', 'ConditionalRangeFont.color'),
              }),
          },
        ),
    },
  );
}

export class ConditionalFormatProxy extends ClientObject<RuleTarget> {
  constructor(context: RequestContext, locate: Locate<RuleTarget>, created = false) {
    super(
      context,
      'ConditionalFormat',
      locate,
      { type: { read: ({ rule }) => rule.type } },
      { created, since: '1.6', member: 'ConditionalFormatCollection.add' },
    );
    this.definePart('custom', () =>
      customProxy(context, 'CustomConditionalFormat', (request) => {
        const target = this.existing(request, 'custom');
        if (target.rule.type !== 'Custom') throw officeError('InvalidOperation', undefined, 'ConditionalFormat.custom');
        return target;
      }),
    );
    this.definePart('customOrNullObject', () =>
      customProxy(context, 'CustomConditionalFormat', (request) => {
        const target = this.resolve(request);
        return target && target.rule.type === 'Custom' ? target : null;
      }),
    );
  }

  protected override isGone({ sheet, rule }: RuleTarget): boolean {
    return !this.context.host.workbook.sheets.includes(sheet) || !sheet.conditionalFormats.includes(rule);
  }

  delete(): void {
    this.act('delete', '1.6', ({ sheet, rule }) => {
      refuseIfProtected(sheet, 'ConditionalFormat.delete');
      sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(rule), 1);
    });
  }
}

export class ConditionalFormatCollectionProxy extends CollectionProxy<FormatsTarget, ConditionalFormatProxy> {
  constructor(context: RequestContext, locate: Locate<FormatsTarget>) {
    super(context, 'ConditionalFormatCollection', locate, {}, { since: '1.6' });
  }

  protected itemsOf({ sheet, rects }: FormatsTarget): ConditionalFormatProxy[] {
    return sheet.conditionalFormats
      .filter((rule) => parseAreas(rule.appliesTo).some((area) => rects.some((rect) => overlaps(area, rect))))
      .map((rule) => new ConditionalFormatProxy(this.context, () => ({ sheet, rule })));
  }

  /** A new rule over the collection's cells; its formula and colours are set through `custom`. */
  add(type: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(
      this.context,
      (request) => {
        const { sheet, appliesTo } = this.existing(request, 'add');
        refuseIfProtected(sheet, 'ConditionalFormatCollection.add');
        if (type !== 'Custom' && type !== 'CellValue')
          throw officeError('InvalidArgument', `The fake keeps Custom and CellValue rules only, not ${type}.`);
        const rule: FakeConditionalFormat = { type, formula: '', fill: '', font: '', appliesTo };
        sheet.conditionalFormats.push(rule);
        return { sheet, rule };
      },
      true,
    );
  }
}
