/**
 * Words that fill generated workbooks, taken from the kind of council papers Concordat reads:
 * officers' names, posts, committees, recommendation wording, statuses and bases of sharing.
 */

import { MONTH_NAMES } from '../../src/core/parse/calendar';
export const OFFICERS = [
  'Kevin Dicks',
  'Hugh Bennett',
  'Jayne Pickering',
  'Clare Felton',
  'Sue Hanley',
  'Phil Street',
  'Teresa Kristunas',
  'Deb Poole',
  'Amanda Scarce',
  'Jess Bayley',
  'Ruth Bamford',
  'Guy Revans',
];

export const POSTS = [
  'Head of Financial Services',
  'Chief Executive',
  'Director of Policy, Performance and Partnerships',
  'Head of ICT',
  'Monitoring Officer',
  'Head of Legal, Equalities and Democratic Services',
];

export const BODIES = [
  'CMT/Cabinet to consider',
  'Shared Services Board',
  'Joint Committee',
  'All Heads of Service',
  'Corporate Management Team',
];

export const RECOMMENDATIONS = [
  'Risks should be discussed at the Shared Service Board meetings, not only around the level of significance and impact, but to identify new risks.',
  'The Councils should set out their contingency position for either a fall back or exit strategy.',
  'To provide a full set of working papers at full Council meetings where decisions on shared service are made.',
  'The Councils should review the governance arrangements of the Shared Services Board.',
  'The Councils should develop a performance management process for shared services.',
  'The Councils should review the expected costs and savings, ensure that they are realistic and monitor their delivery.',
  'Performance Management Information should continue to be made available for Members at every meeting of the Joint Committee.',
  'The web-pages of each partner authority should be regularly monitored to ensure they are kept up to date.',
];

export const ACTIONS = [
  'Risk register will be submitted to every Shared Services Board.',
  'Overarching secondment agreement and dispute resolution protocol being developed.',
  'Full papers will also be provided at both full council meetings when considering shared services.',
  'To be revisited in 12 months time.',
  'Quarterly reports will be produced in the future.',
  'Agreed. Officers to report back to the next meeting.',
];

export const PROGRESS_NOTES = [
  'Report taken to Board in May.',
  'Awaiting legal advice.',
  '',
  'Delayed by restructure; new date agreed with the Joint Committee.',
  'See minutes of 14 June 2010.',
];

export const KNOWN_STATUSES = [
  'Complete',
  'Completed',
  'In progress',
  'Not started',
  'On track',
  'Green',
  'Amber',
  'Red',
  'Ongoing',
  'Superseded',
];
export const UNKNOWN_STATUSES = ['Purple', 'See note', 'Awaiting Members', '?'];

export const VAGUE_DEADLINES = [
  'Immediately',
  'TBC',
  'Ongoing',
  'As soon as possible',
  'In the next six months',
  'Next Board',
];
export const UNREADABLE_TEXT = ['when the moon is blue', 'see note 4', 'asap-ish?', 'xx/xx/2010'];

/** Month names as the core's date reader knows them. */
export const MONTHS = MONTH_NAMES;

export const SERVICES = [
  'Single management team',
  'CCTV, Lifeline and ICT',
  'WETT programme (Regulatory Services)',
  'Payroll (transfer to RBC)',
  'Business case match funding',
  'Shared revenues and benefits',
  'Joint procurement',
  'Building control partnership',
  'Environmental health',
  'Legal services',
];

export const EQUAL_BASES = ['Equal', 'Concordat 6.2 - equal', 'Equally', '50/50'];
export const ACTIVITY_BASES = ['Activity based (calls handled)', 'Caseload', 'Population', 'Usage'];
export const OTHER_BASES = ['Case by case', 'As agreed by Board'];
