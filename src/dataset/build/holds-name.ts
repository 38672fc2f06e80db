// Whether a folded phrase holds a folded name as whole words ("gaza's provincial" holds "gaza": the matcher
// ends a name before an apostrophe): what makes a false friend worth listing.
export const holdsName = (phrase: string, name: string): boolean =>
  phrase !== name && [phrase, phrase.replaceAll("'", ' ')].some((p) => ` ${p} `.includes(` ${name} `));
