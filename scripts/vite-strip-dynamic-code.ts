// The extension never evaluates code or writes HTML strings, and store reviewers' linters reject bundles
// that merely contain such paths. Two libraries carry unused ones: zod's JIT (off anyway under an
// extension CSP) and Preact's dangerouslySetInnerHTML (banned in our code by Biome). This plugin cuts
// them out at build time, and fails the build if a library update changes the code it expects.
import type { Plugin } from 'vite';

interface Cut {
  file: RegExp;
  find: RegExp;
  replace: string;
}

const CUTS: Cut[] = [
  {
    file: /node_modules\/zod\/v4\/core\/util\.js$/,
    find: /const F = Function;\s*new F\(""\);\s*return true;/,
    replace: 'return false;',
  },
  {
    file: /node_modules\/zod\/v4\/core\/doc\.js$/,
    find: /const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);/,
    replace: 'throw new Error("code generation is disabled in this extension");',
  },
  {
    file: /node_modules\/preact\/dist\/preact\.mjs$/,
    find: /\((\w+)\.innerHTML=(\w+)\.__html\)/,
    replace: '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in this extension")})()',
  },
];

export function stripDynamicCode(): Plugin {
  return {
    name: 'gtc-strip-dynamic-code',
    enforce: 'pre',
    transform(code, id) {
      const cut = CUTS.find((c) => c.file.test(id.split('?')[0] ?? id));
      if (!cut) return undefined;
      if (!cut.find.test(code)) this.error(`strip-dynamic-code: ${id} changed shape; update scripts/vite-strip-dynamic-code.ts`);
      return { code: code.replace(cut.find, cut.replace), map: null };
    },
  };
}
