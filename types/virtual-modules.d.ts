declare module 'virtual:gtc/matcher-index' {
  const index: import('@/src/dataset/matcher-index').MatcherIndex;
  export default index;
}

declare module 'virtual:gtc/strong-names' {
  /** The first stage's strong names (see src/dataset/build/strong-names.ts) and the dataset's version. */
  const strong: import('@/src/dataset/build/strong-names').StrongNames & { version: string };
  export default strong;
}
