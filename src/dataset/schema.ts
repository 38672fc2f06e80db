// The one definition of the dataset's shape. Build-time validation and every type come from here.
import { z } from 'zod';

export const KINDS = ['person', 'organisation', 'place', 'event', 'concept', 'figure', 'correction'] as const;
export const STATUSES = ['verified', 'partly-verified', 'unverified'] as const;

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idSchema = z.string().regex(idPattern, 'expected a kebab-case id (a-z, 0-9, hyphens)');

/** ISO 8601 calendar date, day or month precision (a month alone for sources that give no day). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'expected an ISO date (YYYY-MM-DD or YYYY-MM)')
  .refine((s) => {
    const [y, m, d = 1] = s.split('-').map(Number);
    const date = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d));
    return date.getUTCMonth() === (m ?? 1) - 1 && date.getUTCDate() === d;
  }, 'not a real calendar date');

const wordCount = (s: string) => s.trim().split(/\s+/u).filter(Boolean).length;
const text = z.string().trim().min(1);

export const sourceSchema = z.strictObject({
  id: idSchema,
  publisher: text,
  /** The original outlet when the publisher hosts a syndicated copy (AP, Reuters, AFP...). */
  outlet: text.optional(),
  title: text,
  /** The title was read from the URL slug or reconstructed, not from the page itself. */
  titleApproximate: z.boolean().default(false),
  date: isoDateSchema,
  /** The date was inferred rather than printed on the page. */
  dateApproximate: z.boolean().default(false),
  url: z.url({ protocol: /^https$/, error: 'expected an https URL' }),
});

export const citationSchema = z.strictObject({
  source: idSchema,
  quote: text.refine((q) => wordCount(q) <= 25, 'a quote is at most 25 words').optional(),
});

export const entryFileSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(KINDS),
  name: text,
  aliases: z.array(text).min(1),
  /** Set when a name also means something else: the match then needs one of these context words nearby. */
  ambiguity: z
    .strictObject({
      note: text,
      context: z.array(text).min(1),
    })
    .optional(),
  summary: text.refine((s) => wordCount(s) <= 60, 'a summary is at most 60 words'),
  details: text.optional(),
  sources: z.array(citationSchema).min(1, 'an entry cites at least one source'),
  caveats: z.array(text).default([]),
  asOf: isoDateSchema,
  status: z.enum(STATUSES),
  related: z.array(idSchema).default([]),
});

export const sourcesFileSchema = z.array(sourceSchema);

export type Kind = (typeof KINDS)[number];
export type Status = (typeof STATUSES)[number];
export type Source = z.infer<typeof sourceSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Entry = z.infer<typeof entryFileSchema>;

/** The full dataset as compiled into `dataset/entries.json`, loaded by cards on demand. */
export interface CompiledDataset {
  version: string;
  entries: Entry[];
  sources: Record<string, Source>;
}
