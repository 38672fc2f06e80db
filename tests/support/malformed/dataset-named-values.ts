// The hand-named malformed dataset files, part three: values of the right type that are still wrong (dates,
// kinds, ids, numbers, URLs) and ids that clash across kinds.
import { del, type MutationCase, replace, set } from './dataset-mutations';
import { E0, FIG, SRC, V0 } from './dataset-named-shape';

const RANGE = `${FIG}.values[1].value`;
const C2 = 'entries[2]';

/** Dates a careless export or hand edit produces; each is tried as an entry's, a value's and a source's date. */
const BAD_DATES: [label: string, date: string][] = [
  ['2025-02-29 (not a leap year)', '2025-02-29'],
  ['2025-04-31', '2025-04-31'],
  ['month 00', '2025-00-10'],
  ['day 00', '2025-10-00'],
  ['with a time', '2025-10-08T00:00:00Z'],
  ['with a leading space', ' 2025-10-08'],
  ['a two-digit year', '25-10-08'],
  ['with slashes', '2025/10/08'],
  ['day first', '08-10-2025'],
  ['in full-width digits', '２０２５-１０-０８'],
  ['a year alone', '2025'],
];
const DATE_FIELDS: [label: string, path: string][] = [
  ['entry asOf', `${E0}.asOf`],
  ['value asOf', `${V0}.asOf`],
  ['source date', `${SRC}.date`],
];
const dateCases = DATE_FIELDS.flatMap(([field, path]) =>
  BAD_DATES.map(([label, date]): MutationCase => [`${field} ${label}`, set(path, date), path]),
);

export const namedValueCases: MutationCase[] = [
  ...dateCases,
  // Kinds and statuses as people mistype them.
  ['kind capitalised', set(`${E0}.kind`, 'Person'), `${E0}.kind`],
  ['kind plural', set(`${E0}.kind`, 'people'), `${E0}.kind`],
  ['kind with a trailing space', set(`${E0}.kind`, 'person '), `${E0}.kind`],
  ['kind empty', set(`${E0}.kind`, ''), `${E0}.kind`],
  ['kind American spelling', set(`${E0}.kind`, 'organization'), `${E0}.kind`],
  ['kind a list', set(`${E0}.kind`, ['person']), `${E0}.kind`],
  ['a person marked as a figure', set(`${E0}.kind`, 'figure'), `${E0}.figure`],
  ['a figure marked as a person', set('entries[1].kind', 'person'), FIG],
  ['a correction marked as a concept', set(`${C2}.kind`, 'concept'), `${C2}.correction`],
  ['a figure marked as a correction', set('entries[1].kind', 'correction'), 'entries[1].correction'],
  ['status capitalised', set(`${E0}.status`, 'Verified'), `${E0}.status`],
  ['status with a space', set(`${E0}.status`, 'partly verified'), `${E0}.status`],
  ['status a boolean', set(`${E0}.status`, true), `${E0}.status`],
  // Ids.
  ['id with an underscore', set(`${E0}.id`, 'person_example'), `${E0}.id`],
  ['id with a double hyphen', set(`${E0}.id`, 'person--example'), `${E0}.id`],
  ['id starting with a hyphen', set(`${E0}.id`, '-person'), `${E0}.id`],
  ['id with an accent', set(`${E0}.id`, 'pérson-example'), `${E0}.id`],
  ['id with a dot', set(`${E0}.id`, 'person.example'), `${E0}.id`],
  ['a correction with the id of a figure', set(`${C2}.id`, 'figure-killed'), `${C2}.id`],
  ['a correction with the id of a person', set(`${C2}.id`, 'person-example'), `${C2}.id`],
  ['the same entry twice', (f) => set('entries[3]', structuredClone((f.entries as unknown[])[0]))(f), 'entries[3].id'],
  ['a related id to a source, not an entry', set(`${E0}.related[0]`, 'wire-story'), `${E0}.related[0]`],
  ['a citation of an entry, not a source', set(`${E0}.sources[0].source`, 'figure-killed'), `${E0}.sources[0].source`],
  // Numbers.
  ['a value too large for a number', replace('"value":100', '"value":1e400'), `${V0}.value`],
  ['a value too small for a number', replace('"value":100', '"value":-1e400'), `${V0}.value`],
  ['a value "NaN"', set(`${V0}.value`, 'NaN'), `${V0}.value`],
  ['a value "Infinity"', set(`${V0}.value`, 'Infinity'), `${V0}.value`],
  ['a value "1,000"', set(`${V0}.value`, '1,000'), `${V0}.value`],
  ['a value [100]', set(`${V0}.value`, [100]), `${V0}.value`],
  ['a range min too large for a number', replace('"min":90', '"min":1e400'), `${RANGE}.min`],
  ['a range min a string', set(`${RANGE}.min`, '90'), `${RANGE}.min`],
  ['a range max null', set(`${RANGE}.max`, null), `${RANGE}.max`],
  ['a range without min', del(`${RANGE}.min`), `${RANGE}.min`],
  ['tolerance too large for a number', replace('"tolerance":0.02', '"tolerance":1e400'), `${FIG}.tolerance`],
  ['tolerance -0.02', set(`${FIG}.tolerance`, -0.02), `${FIG}.tolerance`],
  ['tolerance 1 (meaning 100%)', set(`${FIG}.tolerance`, 1), `${FIG}.tolerance`],
  ['tolerance 2 (meaning 2%)', set(`${FIG}.tolerance`, 2), `${FIG}.tolerance`],
  ['tolerance just over 0.5', set(`${FIG}.tolerance`, 0.500001), `${FIG}.tolerance`],
  ['tolerance "NaN"', set(`${FIG}.tolerance`, 'NaN'), `${FIG}.tolerance`],
  ['approximate 0', set(`${V0}.approximate`, 0), `${V0}.approximate`],
  ['asOfApproximate "false"', set(`${V0}.asOfApproximate`, 'false'), `${V0}.asOfApproximate`],
  // URLs.
  ['a URL with no host', set(`${SRC}.url`, 'https://'), `${SRC}.url`],
  ['a URL with a space in the host', set(`${SRC}.url`, 'https://exa mple.org/'), `${SRC}.url`],
  ['a protocol-relative URL', set(`${SRC}.url`, '//example.org/story'), `${SRC}.url`],
  ['a blob: URL', set(`${SRC}.url`, 'blob:https://example.org/1'), `${SRC}.url`],
  ['a chrome-extension: URL', set(`${SRC}.url`, 'chrome-extension://abc/page.html'), `${SRC}.url`],
];
