declare module 'virtual:gtc/matcher-index' {
  const index: import('@/src/dataset/matcher-index').MatcherIndex;
  export default index;
}
