// The shape of an imported dataset file: the compiled form the build writes to `dataset/entries.json`.
// Entries and sources reuse the build's schema; this adds the limits and text rules that an untrusted file needs.
import { z } from 'zod';
import { entryFileSchema, idSchema, sourceSchema } from '../schema';

export const MAX_ENTRIES = 5000;
export const NOT_HTML = 'must be plain text, not HTML';
export const NO_BIDI = 'must not contain bidi control characters';
/** Ten times the longest text in the bundled dataset: more is a damaged file (or one meant to slow the matcher). */
export const MAX_TEXT_CHARS = 10_000;

// What an HTML parser takes for markup: `<` then an ASCII letter (a tag), `/` (an end tag), `!` (a comment or
// doctype) or `?`. "a < b" and "AT&T" stay plain text.
const HTML_MARKUP = /<[a-zA-Z/!?]/;
// Embeddings, overrides and isolates can reorder what a card shows (a "Trojan Source" spoof); marks such as
// U+200F are harmless and allowed.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
// Half a character (a lone surrogate, from a broken `\ud83d` escape), control characters but tab and line
// breaks, and the zero-width space, word joiner and byte-order mark, which make one name look like another.
// Zero-width joiners and non-joiners are allowed: Arabic, Persian and emoji need them.
const UNSEEN = /(?![\t\n\r])[\p{Cc}\p{Cs}\u200B\u2060\uFEFF]/u;
// The deepest string in the format is entries[i].figure.values[j].sources[k].quote (depth 8); deeper input is a
// type error the schema reports anyway, and stopping here keeps a crafted, deeply nested file from exhausting the stack.
const MAX_DEPTH = 16;

/** Calls `visit` with every string inside `value` and its path, depth first. */
export function visitStrings(value: unknown, visit: (text: string, path: PropertyKey[]) => void, path: PropertyKey[] = []): void {
  if (typeof value === 'string') {
    visit(value, path);
    return;
  }
  if (path.length >= MAX_DEPTH || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item: unknown, i) => {
      visitStrings(item, visit, [...path, i]);
    });
    return;
  }
  for (const [key, item] of Object.entries(value)) visitStrings(item, visit, [...path, key]);
}

const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

export interface TextIssue {
  path: PropertyKey[];
  message: string;
}

/** Every string under `version`, `entries` and `sources` that is not plain text. */
export function plainTextIssues(dataset: unknown): TextIssue[] {
  const issues: TextIssue[] = [];
  if (typeof dataset !== 'object' || dataset === null || Array.isArray(dataset)) return issues;
  const record = dataset as Record<string, unknown>;
  for (const key of ['version', 'entries', 'sources']) {
    visitStrings(
      record[key],
      (text, path) => {
        if (HTML_MARKUP.test(text)) issues.push({ path, message: NOT_HTML });
        if (BIDI_CONTROL.test(text)) issues.push({ path, message: NO_BIDI });
        const unseen = UNSEEN.exec(text)?.[0];
        if (unseen) issues.push({ path, message: `must not contain invisible, control or broken characters (${codePoint(unseen)})` });
        if (text.length > MAX_TEXT_CHARS)
          issues.push({ path, message: `must be at most ${MAX_TEXT_CHARS} characters (this is ${text.length})` });
      },
      [key],
    );
  }
  return issues;
}

export const compiledDatasetSchema = z
  .strictObject({
    version: z.string().trim().min(1, 'a version is required').max(100, 'a version is at most 100 characters'),
    entries: z
      .array(entryFileSchema)
      .min(1, 'a dataset has at least one entry')
      .max(MAX_ENTRIES, `a dataset has at most ${MAX_ENTRIES} entries`),
    sources: z.record(idSchema, sourceSchema),
  })
  .superRefine(
    (dataset, ctx) => {
      for (const { path, message } of plainTextIssues(dataset)) ctx.addIssue({ code: 'custom', path, message, input: dataset });
    },
    // Also when other fields failed, so one pass reports every problem of the file.
    { when: () => true },
  );
