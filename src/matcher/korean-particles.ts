// Korean writes its particles joined to the noun before them ("하마스는", "가자지구에서", "Hamas는"). The engine reads
// a name before them and the first stage counts it there, alike: both ask this.

/**
 * The syllables of the particles news joins to a name: subject, topic, object, of, in, at, from, to, with, and,
 * also, only, side, between ("이", "가", "은", "는", "을", "를", "의", "에", "에서", "에게", "와", "과", "도", "로", "으로",
 * "만", "측", "간"). A run of them ends a name; any other syllable makes another word ("가자미", a flatfish;
 * "휴전선", the armistice line). Kept short: the first stage, on every page, carries it.
 */
const PARTICLES = '이가은는을를의에서게와과도로으만측간';

/** Whether a name may end at `at` though a word character follows: what follows, to the word's end, is particles. */
export function particlesFollow(text: string, at: number, isWordAt: (text: string, at: number) => boolean): boolean {
  let end = at;
  while (PARTICLES.includes(text.charAt(end) || '.')) end++;
  return end > at && !isWordAt(text, end);
}
