// Every message between the extension's parts, one schema each (zod/mini). The background and the extension's pages
// parse with them; the content scripts import only their types (they ship no zod).
import * as z from 'zod/mini';
import { settingsSchema } from '../settings/settings-schema';

export const getEntryRequest = z.object({ type: z.literal('get-entry'), id: z.string() });
export const getFindingsRequest = z.object({ type: z.literal('get-findings') });
export const findingsChanged = z.object({ type: z.literal('findings-changed'), count: z.number() });
/**
 * A content script asks for one of the on-demand scripts (the engine, the card) in its own frame. `site` is
 * the frame's hostname: the background runs the engine only where the settings let it (answering false).
 */
export const loadScriptRequest = z.object({
  type: z.literal('load-script'),
  script: z.enum(['engine', 'card']),
  site: z.optional(z.string()),
});
/**
 * The engine asks for the underline rules (entrypoints/underlines.content.css) in its own frame, once it has
 * found the page is not long: decorated highlight rules slow the styling of a whole page (see that file).
 */
export const loadStyleRequest = z.object({ type: z.literal('load-style') });
/**
 * The background tells every open frame the settings changed, parsed (content scripts read no storage:
 * messaging/settings-broadcast.ts); the engine asks for them with get-settings when it starts.
 */
export const settingsChanged = z.object({ type: z.literal('settings-changed'), settings: settingsSchema });
export type SettingsChanged = z.infer<typeof settingsChanged>;
export const getSettingsRequest = z.object({ type: z.literal('get-settings') });
/**
 * An extension page (the popup's "pause on this site", the options page, the browser tests) changes settings
 * through the background's store, which writes them in the current format; `reset` starts from the defaults.
 */
export const saveSettingsRequest = z.object({
  type: z.literal('save-settings'),
  patch: z.partial(settingsSchema),
  reset: z.optional(z.boolean()),
});
export type SaveSettingsRequest = z.infer<typeof saveSettingsRequest>;
/** The engine asks for the index in use (imported, else bundled) when it starts without one or the dataset changes. */
export const getIndexRequest = z.object({ type: z.literal('get-index') });
/** The card asks for the UI strings of the language the reader chose (it does not bundle the locales). */
export const getMessagesRequest = z.object({ type: z.literal('get-messages'), language: z.enum(['en', 'ar']) });
/** The first stage asks for an imported dataset's strong names (null: the bundled ones apply). */
export const getStrongNamesRequest = z.object({ type: z.literal('get-strong-names') });
/** The background tells every open frame that the reader imported a dataset or reverted to the bundled one. */
export const datasetChanged = z.object({ type: z.literal('dataset-changed') });
/** The background tells the active tab's top frame to start (or go on with) keyboard browsing. */
export const browseFindings = z.object({ type: z.literal('browse-findings') });
/** The popup asks an off-topic page to show what it found anyway (this tab only). */
export const showAnyway = z.object({ type: z.literal('show-anyway') });
/** The popup asks the page to scroll to an entry's first mention, flash it and open its card. */
export const revealFinding = z.object({ type: z.literal('reveal-finding'), id: z.string() });
/**
 * The engine's whole read of a long page sends the rendered text of the regions far from the screen for the
 * background to match (messaging/tally-service.ts): one `read` is several batches in document order, `last`
 * ends it. `version` is the index the page matches with; another answers null, and the page matches itself.
 */
export const tallyTextRequest = z.object({
  type: z.literal('tally-text'),
  read: z.number(),
  version: z.string(),
  texts: z.array(z.string()),
  last: z.boolean(),
});
export type TallyTextRequest = z.infer<typeof tallyTextRequest>;
/**
 * A pass of the engine sends its blocks' text for the background to match (messaging/block-match-service.ts),
 * in document order, one reading for them all. `version` as above.
 */
export const matchBlocksRequest = z.object({
  type: z.literal('match-blocks'),
  version: z.string(),
  texts: z.array(z.string()),
});
export type MatchBlocksRequest = z.infer<typeof matchBlocksRequest>;

export const request = z.discriminatedUnion('type', [
  getEntryRequest,
  getFindingsRequest,
  findingsChanged,
  loadScriptRequest,
  loadStyleRequest,
  settingsChanged,
  getSettingsRequest,
  saveSettingsRequest,
  getIndexRequest,
  getStrongNamesRequest,
  getMessagesRequest,
  datasetChanged,
  browseFindings,
  revealFinding,
  showAnyway,
  tallyTextRequest,
  matchBlocksRequest,
]);
export type Request = z.infer<typeof request>;

export const findingSummary = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  /** The page's own text of the first mention. */
  text: z.string(),
  count: z.number(),
  /** Figures: the number the page gives at the first mention. */
  value: z.optional(z.number()),
});
export type FindingSummary = z.infer<typeof findingSummary>;

export const findingsResponse = z.object({
  url: z.string(),
  version: z.string(),
  enabled: z.boolean(),
  /** How strongly the page is about the talks, and whether that was enough to show anything. */
  relevance: z.object({ score: z.number(), onTopic: z.boolean() }),
  /** Entries found but held back because the page is not judged to be about the talks. */
  heldBack: z.optional(z.number()),
  /** The reader asked to see them here anyway (this tab, until it leaves the page). */
  shownAnyway: z.optional(z.boolean()),
  findings: z.array(findingSummary),
});
export type FindingsResponse = z.infer<typeof findingsResponse>;

/** One mention in a text the background matched: its line, its entry's place in the index, flags, its text, a figure's value. */
export const lineMatch = z.tuple([z.number(), z.number(), z.number(), z.string()], z.number());
export type LineMatch = z.infer<typeof lineMatch>;
/** Each text's mentions (scan/line-matches.ts), and how long the background took to match them. */
export const tallyTextResponse = z.nullable(z.object({ matchMs: z.number(), regions: z.array(z.array(lineMatch)) }));
export type TallyTextResponse = z.infer<typeof tallyTextResponse>;

/** One mention in a block's text, as matcher/page-matcher.ts finds it (BlockMatch). */
export const blockMatch = z.object({
  start: z.number(),
  end: z.number(),
  text: z.string(),
  entry: z.number(),
  licensed: z.boolean(),
  generic: z.optional(z.literal(true)),
  value: z.optional(z.number()),
  context: z.optional(z.array(z.string())),
});
/** Each block's mentions, and how long the background took to match them; null for an index it does not hold. */
export const matchBlocksResponse = z.nullable(z.object({ matchMs: z.number(), blocks: z.array(z.array(blockMatch)) }));
export type MatchBlocksResponse = z.infer<typeof matchBlocksResponse>;

/** Parses an incoming message; anything else (another extension's, a page's) is ignored. */
export function parseRequest(message: unknown): Request | undefined {
  const parsed = request.safeParse(message);
  return parsed.success ? parsed.data : undefined;
}
