// Whether a folded phrase holds a folded name as whole words ("gaza's provincial" holds "gaza": the matcher
// ends a name before an apostrophe or a comma, "rafah, in southern gaza" holds "rafah"): what makes a false
// friend worth listing.
export const holdsName = (phrase: string, name: string): boolean =>
  phrase !== name && [phrase, phrase.replace(/['’,;:]/g, ' ')].some((p) => ` ${p} `.includes(` ${name} `));
