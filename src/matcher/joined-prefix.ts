// One-letter words Hebrew and Arabic write joined to the next word. The engine reads a name after them and the
// first stage counts it there, alike: both ask this.

/**
 * Hebrew's and, in, to, from, that, as, the ("וחמאס", "בצה״ל", "החמאס") and Arabic's and, so ("وحماس",
 * "فحماس"). Arabic's "bi-" and "li-" are left out: "بحماس" and "لحماس" are mostly "with enthusiasm" and "for
 * the enthusiasm", not Hamas.
 */
export const isJoinedPrefix = (code: number): boolean =>
  code === 0x5d5 ||
  code === 0x5d1 ||
  code === 0x5dc ||
  code === 0x5de ||
  code === 0x5e9 ||
  code === 0x5db ||
  code === 0x5d4 ||
  code === 0x648 ||
  code === 0x641;

/** At most this many joined prefixes ("ושב", "وف"). */
export const MAX_PREFIXES = 3;
