// What a number counts: the few words after it, up to the first function word or punctuation ("47 Israeli
// captives were", "600 trucks a day", "200 distribution points for"). A figure is a number with its noun.

/** Words that end the words naming what a number counts. */
const FUNCTION_WORDS = new Set(
  (
    'a an the of to in on at by for from with since as and or but nor than that which who whom whose were was are is be ' +
    'been being have has had will would could should can may might must do did does said says say told according ' +
    'including per each every this these those their its his her our your my it they he she we you so if when while ' +
    'after before during between among into onto over under up down off not no about around just only also all both ' +
    'more most less fewer still yet now then there here where what how why whether via amid against toward towards'
  ).split(' '),
);

/**
 * Nouns too plain to tell what is counted ("1,200 people were killed", "67,000 Palestinians"): after one of
 * them the sentence's context words decide, as for a number standing alone.
 */
const PLAIN_NOUNS = new Set('people persons individuals palestinians israelis gazans civilians residents others men women'.split(' '));

/** Whether a word (any case) is one of the plain nouns after which the sentence decides. */
export const isPlainNoun = (word: string) => PLAIN_NOUNS.has(word.toLowerCase());

/**
 * Nouns of events and spans of time: a number whose words hold one counts those ("nearly 500 ceasefire
 * violations", "600 strikes", "738 days"), never people or trucks, even where the words before it are a figure's.
 */
const EVENT_NOUNS = new Set(
  'violations violation breaches breach incidents attacks strikes airstrikes raids shootings days weeks months years hours minutes'.split(
    ' ',
  ),
);

/** At most this many words after a number, its noun included ("47 Israeli captives", "19 living hostages"). */
const MAX_WORDS = 3;

/**
 * A word in -ing is a verb that ends the noun phrase ("20 videos showing hostages"), except these adjectives.
 */
const ING_ADJECTIVES = new Set('living remaining surviving missing existing ailing'.split(' '));

const WORD = /[\s\u00a0]*([\p{L}\p{M}][\p{L}\p{M}'’\-\u2010]*)/uy;

export interface CountedWords {
  /** Where the words after the number end: context words starting before it name what is counted. */
  end: number;
  /**
   * No word follows (punctuation, a function word) or a plain noun does: the sentence decides. False too
   * when the number is joined to a word by a hyphen: it counts nothing.
   */
  open: boolean;
  /** The number is joined to a word by a hyphen ("half-century", "20-point"): not even a share stands alone. */
  joined?: true;
  /** The plain noun that ended the words, lower case ("palestinians"): a figure may never count it. */
  plain?: string;
}

/** A hyphen joining the number to a word: "20-point plan", "72-hour deadline", "a 20-year-old hostage". */
const COMPOUND = /[-\u2010\u2011]\p{L}/uy;

export function countedWords(text: string, from: number): CountedWords {
  // The number is part of a modifier, not a count of anything ("the 20-point plan", beside "hostages").
  COMPOUND.lastIndex = from;
  if (COMPOUND.test(text)) return { end: from, open: false, joined: true };
  let at = from;
  let end = from;
  for (let n = 0; n < MAX_WORDS; n++) {
    WORD.lastIndex = at;
    const m = WORD.exec(text);
    const word = m?.[1];
    if (!m || !word) break;
    const lower = word.toLowerCase();
    if (FUNCTION_WORDS.has(lower) || (lower.endsWith('ing') && !ING_ADJECTIVES.has(lower))) break;
    if (EVENT_NOUNS.has(lower)) return { end: from, open: false };
    at = m.index + m[0].length;
    end = at;
    if (PLAIN_NOUNS.has(lower)) return { end, open: true, plain: lower };
  }
  return { end, open: end === from };
}

const WOUND = /^(?:injured|wounded|wounding|injuring|injuries|wounds)$/i;
/** Words that may stand between a verb and its number ("injured more than 1,100"). */
const QUALIFIERS = new Set('more than at least about around nearly almost over some another a further'.split(' '));
/** Words that may stand between a wounded word and the number it gives ("the number of injuries is 609"). */
const LINKS = new Set(
  'is was are were has have had reached stands stood stand at to rose risen climbed totals totalled totaled hit'.split(' '),
);
/** Words that may stand between a number and its verb ("597 people were injured"). */
const AUXILIARIES = new Set('were was are is been have has had being'.split(' '));
const WORD_BEFORE = /([\p{L}\p{M}'’]+)[\s\u00a0]*$/u;

/**
 * Whether the page says a number counts the wounded: "injured 597 others", "wounding more than 1,246",
 * "1,100 wounded", "597 people were injured", "the number of injuries is 609". Such a number is no toll of the dead.
 */
export function countsWounded(text: string, start: number, counted: CountedWords): boolean {
  let before = text.slice(Math.max(0, start - 40), start);
  for (let n = 0; n < 4; n++) {
    const m = WORD_BEFORE.exec(before);
    const word = m?.[1];
    if (!m || !word) break;
    if (WOUND.test(word)) return true;
    const lower = word.toLowerCase();
    if (!QUALIFIERS.has(lower) && !LINKS.has(lower)) break;
    before = before.slice(0, m.index);
  }
  let at = counted.end;
  for (let n = 0; n < 3; n++) {
    WORD.lastIndex = at;
    const m = WORD.exec(text);
    const word = m?.[1];
    if (!m || !word) return false;
    if (WOUND.test(word)) return true;
    if (!AUXILIARIES.has(word.toLowerCase())) return false;
    at = m.index + m[0].length;
  }
  return false;
}
