// Who holds the role a question asks about ("who heads the board of peace", "who leads hamas's
// negotiators"): the people with a keyword naming that body beside a word for leading it ("Board of Peace
// chairman", "Hamas chief negotiator"). The question's own verb is not matched against the keyword's role word:
// "heads" and "chairman" name one role, and a person who only advises or sits on the body is not its head.

/** Words for leading what the rest of a keyword names. */
const LEADS = new Set(['chair', 'chairman', 'chairwoman', 'head', 'leader', 'chief', 'commander', 'president']);
/** Words for leading that also name the kind of body led: a foreign minister heads a foreign ministry. */
const LEADS_NAMING_BODY: ReadonlyMap<string, string> = new Map([['minister', 'ministry']]);
/** Words that say nothing about which body. */
const FILLER = new Set(['the', 'of', 'a', 'an', 'for', 'in', 's']);
/** A word of the question this long or longer also names a keyword's word it begins ("egypt", "egyptian"). */
const MIN_PREFIX = 4;

/** A folded text's words, a possessive's "'s" dropped ("egypt's" → "egypt"). */
const wordsOf = (folded: string): string[] =>
  folded
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !FILLER.has(w));

/** Whether a word of the question names a word of a keyword: the same, a plural of it, or its beginning. */
const names = (asked: string, word: string) =>
  word === asked || word === `${asked}s` || asked === `${word}s` || (asked.length >= MIN_PREFIX && word.startsWith(asked));

export interface RoleHolders {
  /** Positions of the people with a role keyword whose other words are those of `body` ("board of peace"). */
  of(body: string): number[];
}

/** `keywords`: each person's folded keywords, by position (undefined for an entry that is not a person). */
export function roleHolders(keywords: readonly (readonly string[] | undefined)[]): RoleHolders {
  const roles: { at: number; words: string[] }[] = [];
  keywords.forEach((list, at) => {
    for (const keyword of list ?? []) {
      const words = wordsOf(keyword);
      if (words.some((w) => LEADS.has(w) || LEADS_NAMING_BODY.has(w)))
        roles.push({ at, words: words.filter((w) => !LEADS.has(w)).map((w) => LEADS_NAMING_BODY.get(w) ?? w) });
    }
  });
  return {
    of(body) {
      const asked = wordsOf(body);
      if (asked.length === 0) return [];
      // Both ways: "Qatar's chief negotiator" heads a negotiating team, not Qatar.
      const found = roles
        .filter(
          (role) => asked.every((a) => role.words.some((w) => names(a, w))) && role.words.every((w) => asked.some((a) => names(a, w))),
        )
        .map((role) => role.at);
      return [...new Set(found)];
    },
  };
}
