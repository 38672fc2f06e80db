// The one definition of the dataset's shape. Build-time validation and every type come from here.
import { z } from 'zod';
import { KINDS, STATUSES } from './kinds';

export type { Kind, Status } from './kinds';
export { KINDS, STATUSES };

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
  /** Absent when the page carries no date (shown as "undated"). */
  date: isoDateSchema.optional(),
  /** The date was inferred rather than printed on the page. */
  dateApproximate: z.boolean().default(false),
  url: z.url({ protocol: /^https$/, error: 'expected an https URL' }),
  /** What a reader should know about the source itself (a republished copy, an advocacy outlet...). */
  note: text.optional(),
});

export const citationSchema = z.strictObject({
  source: idSchema,
  quote: text.refine((q) => wordCount(q) <= 25, 'a quote is at most 25 words').optional(),
});

/** A number as reported: one value or a range, with who reports it and as of when. */
export const figureValueSchema = z.strictObject({
  value: z.union([z.number(), z.strictObject({ min: z.number(), max: z.number() })]),
  /** How to show it when a bare number would mislead ("13-0-2", "more than 500,000"). */
  display: text.optional(),
  /** The reporter gives it as "about" or "more than". */
  approximate: z.boolean().default(false),
  reporter: text,
  asOf: isoDateSchema,
  asOfApproximate: z.boolean().default(false),
  /** What this reporter counts, where it differs from the figure's own definition. */
  definition: text.optional(),
  sources: z.array(citationSchema).min(1, 'every value cites a source'),
});

export const figureSchema = z.strictObject({
  unit: text,
  /** Exactly what is counted. */
  counts: text,
  /** Every attributed value: a reporter's dated series and the other reporters' values, side by side. */
  values: z.array(figureValueSchema).min(1),
  /** Relative tolerance for recognising a page's number as this figure (0.02 = within 2%). */
  tolerance: z.number().min(0).max(0.5),
  /**
   * Words that license a number standing alone ("the toll rose to 67,173"), or one followed by a plain
   * noun like "people", when they share its sentence.
   */
  context: z.array(text).min(1),
  /**
   * What is counted, as a page writes it after the number ("trucks", "hostages"). A number followed by one
   * of them or a context word, with at most three words between ("47 Israeli captives"), is this figure; a
   * number followed by some other noun ("200 distribution points") is not.
   */
  nouns: z.array(text).default([]),
  /**
   * The nouns are words any story uses ("troops", "personnel"): a number followed by one is this figure only
   * where one of `context` shares its sentence ("20,000 troops for the stabilisation force", never "Gaza's
   * police lost more than 1,000 personnel").
   */
  nounsNeedContext: z.boolean().optional(),
  /**
   * The values are one running count over time (a toll since a date, each later report larger): a number
   * between the smallest and the largest reported is this figure too, as a page reports it on a day between
   * two of ours.
   */
  cumulative: z.boolean().optional(),
  /**
   * Words that, in a number's sentence, mean it counts something else: "Hamas still holds the remains of 24
   * deceased hostages" is not the 24 returned.
   */
  against: z.array(text).optional(),
  /**
   * Plain nouns ("Palestinians") that, written right after a number, mean it counts someone this figure never
   * does: "more than 1,200 Palestinians and 13 Israelis killed" is not the toll of 7 October.
   */
  notCounting: z.array(text).optional(),
  /** Number forms seen in coverage ("more than 67,000", "67k"), used by detection and its tests. */
  forms: z.array(text).default([]),
});

/** A known misstatement seen in coverage; its aliases are the phrases that recognise it. */
export const correctionSchema = z.strictObject({
  claim: text,
  correct: text,
});

export const perspectiveSchema = z.strictObject({
  holder: text,
  view: text,
  source: idSchema.optional(),
});

export const entryFileSchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(KINDS),
    name: text,
    /** Names on a page (the name itself is always included). Figures are found by number, not alias. */
    aliases: z.array(text).default([]),
    /**
     * Named in passing by most news of the region ("the war in Gaza" in a story on West Bank settlers): its
     * mentions alone, however many, never make a page count as about the talks; beside another strong name, or
     * a figure, concept or event confirmed by its context words, they count as usual.
     */
    broad: z.boolean().optional(),
    /**
     * A body the talks made (the Board of Peace, the stabilisation force): a mention of it, confirmed by its
     * context words where it is ambiguous, points at the talks as a figure, concept or event of them does.
     */
    ofTheTalks: z.boolean().optional(),
    /**
     * An earlier war or exchange the talks' coverage looks back to: shown with its card, it never points at the
     * talks, and a page naming it and nothing of the talks' own time (no event, figure or body of theirs) is judged
     * history, not the talks. `war`: a war's own name (Operation Cast Lead) is written about that war, so once is
     * enough. `precedent`: coverage of the talks cites it whenever they do the same again (the 2011 Shalit exchange,
     * for every prisoner swap), so it takes twice. Never in the first stage's table.
     */
    history: z.enum(['war', 'precedent']).optional(),
    /** Set when a name also means something else: the match then needs one of these context words nearby. */
    ambiguity: z
      .strictObject({
        note: text,
        context: z.array(text).min(1),
      })
      .optional(),
    /**
     * Phrases holding one of this entry's names that name something else ("Gaza province", in Mozambique):
     * never a mention, and never counted, so the name inside them is not either; and words that, in the same
     * paragraph, mean the name itself is the other one.
     */
    falseFriends: z
      .strictObject({
        note: text,
        phrases: z.array(text).default([]),
        /** Words that, in the same paragraph, mean a name of this entry is the other one ("Mozambique"). */
        context: z.array(text).default([]),
      })
      .refine((f) => f.phrases.length + f.context.length > 0, 'false friends need phrases or context words')
      .optional(),
    /**
     * Words readers use for this entry that its name and aliases lack ("death toll", "negotiating team",
     * "truce began"): search ranks them after names and aliases. Never used to find mentions on a page.
     */
    keywords: z.array(text).default([]),
    /**
     * Common words that name this entry only where one of `context` shares the paragraph ("the summit",
     * "famine", "truce"). Such a mention never makes a page count as about the talks.
     */
    generic: z
      .strictObject({
        aliases: z.array(text).min(1),
        context: z.array(text).min(1),
      })
      .optional(),
    summary: text.refine((s) => wordCount(s) <= 60, 'a summary is at most 60 words'),
    details: text.optional(),
    sources: z.array(citationSchema).min(1, 'an entry cites at least one source'),
    caveats: z.array(text).default([]),
    /** Contested matters: each side's view, attributed. */
    perspectives: z.array(perspectiveSchema).default([]),
    asOf: isoDateSchema,
    status: z.enum(STATUSES),
    related: z.array(idSchema).default([]),
    figure: figureSchema.optional(),
    correction: correctionSchema.optional(),
  })
  .refine((e) => (e.kind === 'figure') === (e.figure !== undefined), {
    message: 'a figure entry has a `figure` block, and only a figure entry has one',
    path: ['figure'],
  })
  .refine((e) => (e.kind === 'correction') === (e.correction !== undefined), {
    message: 'a correction entry has a `correction` block, and only a correction entry has one',
    path: ['correction'],
  });

export const sourcesFileSchema = z.array(sourceSchema);

export type Source = z.infer<typeof sourceSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Entry = z.infer<typeof entryFileSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type FigureValue = z.infer<typeof figureValueSchema>;
export type Perspective = z.infer<typeof perspectiveSchema>;

/** The full dataset as compiled into `dataset/entries.json`, loaded by cards on demand. */
export interface CompiledDataset {
  version: string;
  entries: Entry[];
  sources: Record<string, Source>;
}
