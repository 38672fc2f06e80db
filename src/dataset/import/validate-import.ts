// Checks a user's dataset file before the options page stores it: size, JSON, shape, plain text, then the
// cross-references no schema can see. Every problem is one line, `path: message`, so a user can find it.
import type { z } from 'zod';
import { citationsOf } from '../citations';
import type { CompiledDataset } from '../schema';
import { compiledDatasetSchema } from './compiled-schema';
import { formatIssuePath } from './issue-path';

const MB = 1024 * 1024;
export const MAX_IMPORT_BYTES = 5 * MB;
/** More lines than this help nobody: the first ones usually share a cause. */
const MAX_ERRORS = 50;

export type ImportResult = { ok: true; dataset: CompiledDataset } | { ok: false; errors: string[] };

export interface ValidateOptions {
  /** Entry ids the file may relate to without holding them: the bundled ones, when the import extends them. */
  knownEntryIds?: ReadonlySet<string>;
}

/** A message when a file of `bytes` is too big to import; called before its text is read. */
export function checkImportSize(bytes: number): string | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  // Rounded up, so a file just over the limit never reads as "5.0 MB".
  const size = (Math.ceil((bytes / MB) * 10) / 10).toFixed(1);
  return `the file is ${size} MB; the limit is ${MAX_IMPORT_BYTES / MB} MB`;
}

/** Validates a file in the compiled form; on success returns it parsed, with defaults filled in. */
export function validateDatasetText(text: string, options: ValidateOptions = {}): ImportResult {
  // UTF-16 units, at most the byte count: a second guard for text that did not come from a File.
  const tooBig = checkImportSize(text.length);
  if (tooBig) return failure([`file: ${tooBig}`]);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return failure([`file: not valid JSON (${error instanceof Error ? error.message : String(error)})`]);
  }
  // The schema includes the plain-text walk, so shape and text problems are reported together.
  const parsed = compiledDatasetSchema.safeParse(raw, { error: missingField });
  if (!parsed.success) return failure(parsed.error.issues.flatMap((issue) => issueLines(issue, [])));
  const problems = integrityProblems(parsed.data, options.knownEntryIds ?? new Set());
  return problems.length > 0 ? failure(problems) : { ok: true, dataset: parsed.data };
}

/** A field left out reads as zod's "expected string, received undefined" otherwise: say it is missing. */
const missingField = (issue: z.core.$ZodRawIssue) =>
  issue.code === 'invalid_type' && issue.input === undefined ? 'missing (this field is required)' : undefined;

function failure(errors: string[]): ImportResult {
  if (errors.length <= MAX_ERRORS) return { ok: false, errors };
  return { ok: false, errors: [...errors.slice(0, MAX_ERRORS), `… and ${errors.length - MAX_ERRORS} more`] };
}

const line = (path: readonly PropertyKey[], message: string) => `${formatIssuePath(path)}: ${message}`;

/** One line per problem, at the path of the offending value (an unknown field at its own key). */
function issueLines(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]): string[] {
  const path = [...prefix, ...issue.path];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => line([...path, key], 'unknown field (not part of the format)'));
    case 'invalid_key':
      return [line(path, `invalid key: ${issue.issues.map((i) => i.message).join('; ')}`)];
    case 'invalid_union': {
      // A value of the right type that fails inside (a range missing `max`) is reported where it fails.
      const rootType = (i: z.core.$ZodIssue) => i.code === 'invalid_type' && i.path.length === 0;
      const inner = issue.errors.filter((branch) => !branch.every(rootType));
      const [only] = inner;
      if (inner.length === 1 && only) return only.flatMap((i) => issueLines(i, path));
      const expected = [...new Set(issue.errors.flat().flatMap((i) => (i.code === 'invalid_type' ? [i.expected] : [])))];
      return [line(path, expected.length > 0 ? `Invalid input: expected ${expected.join(' or ')}` : issue.message)];
    }
    default:
      return [line(path, issue.message)];
  }
}

/** What a valid shape can still get wrong: ids that clash or point nowhere. */
function integrityProblems(dataset: CompiledDataset, knownEntryIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  // Cards look a citation up by record key, so the key is the id that counts and must agree with the source.
  for (const [key, source] of Object.entries(dataset.sources)) {
    if (key !== source.id) problems.push(line(['sources', key, 'id'], `'${source.id}' differs from its key '${key}'`));
  }
  const firstIndex = new Map<string, number>();
  dataset.entries.forEach((entry, i) => {
    const first = firstIndex.get(entry.id);
    if (first === undefined) firstIndex.set(entry.id, i);
    else problems.push(line(['entries', i, 'id'], `duplicate id '${entry.id}' (also entries[${first}])`));
  });
  dataset.entries.forEach((entry, i) => {
    for (const { path, source } of citationsOf(entry)) {
      if (Object.hasOwn(dataset.sources, source)) continue;
      // citationsOf names a perspective's `source` field itself and an entry's or value's citation object.
      const field = path.endsWith('.source') ? path : `${path}.source`;
      problems.push(`entries[${i}].${field}: unknown source id '${source}'`);
    }
    entry.related.forEach((id, j) => {
      const where = ['entries', i, 'related', j];
      if (id === entry.id) problems.push(line(where, 'an entry cannot relate to itself'));
      else if (!firstIndex.has(id) && !knownEntryIds.has(id)) problems.push(line(where, `unknown entry id '${id}'`));
    });
  });
  return problems;
}
