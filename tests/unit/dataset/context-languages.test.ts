import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '@/src/dataset/build/load-data';

const { entries } = loadDataset(resolve('data'));

// A page in Arabic or Hebrew rarely writes "Gaza" or "Hamas" in English: an ambiguous name given in one of
// them is confirmed by that language's Gaza and Hamas, wherever the English ones confirm it.
const LANGUAGES = [
  { name: 'Arabic', script: /[\u0600-\u06ff]/, forms: { Gaza: ['غزة'], Hamas: ['حماس'] } },
  { name: 'Hebrew', script: /[\u0590-\u05ff]/, forms: { Gaza: ['עזה'], Hamas: ['חמאס'] } },
];
// Gaza City's own name holds "غزة": only Hamas confirms it there.
const OWN_NAME_HOLDS = new Set(['place-gaza-governorate:Gaza']);

describe('ambiguous names in Arabic and Hebrew', () => {
  it('are confirmed by Gaza and Hamas in their own language, wherever the English words confirm them', () => {
    const missing: string[] = [];
    for (const entry of entries) {
      const context = entry.ambiguity?.context ?? [];
      for (const { name, script, forms } of LANGUAGES) {
        if (!entry.aliases.some((alias) => script.test(alias))) continue;
        for (const [english, translated] of Object.entries(forms)) {
          if (!context.includes(english) || OWN_NAME_HOLDS.has(`${entry.id}:${english}`)) continue;
          for (const form of translated) if (!context.includes(form)) missing.push(`${entry.id}: ${name} ${form}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
