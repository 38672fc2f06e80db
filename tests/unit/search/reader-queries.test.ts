// Reader queries written apart from the search code and the dataset's keywords (reader-queries.json): names
// with typos, roles, figures by subject, events by date, synonyms, Arabic and Hebrew names. The right entry
// must come first for at least 95% and in the top three for at least 99% (232 and 235 of 235 on 2026-12-05; 85% and
// 95% were asked before). Later batches were written apart from the search code, before they were run, and kept
// as they were run: ten questions for whoever heads something (one missed then); fourteen more after the
// role-after-the-body and minister-of-a-ministry reading (six came first without it); then the last 32, of every
// kind (the three misses now, each second or third, are among them: an answer as good comes first).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileFromDisk } from '@/src/dataset/build/wxt-dataset-module';
import { createSearch } from '@/src/search/search-index';

const querySchema = z.array(z.object({ query: z.string(), expect: z.string(), type: z.string(), alsoOk: z.array(z.string()).optional() }));
const QUERIES = querySchema.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, 'reader-queries.json'), 'utf8')));
const { full } = compileFromDisk();
const search = createSearch(full);

function rates() {
  let first = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const q of QUERIES) {
    const ok = new Set([q.expect, ...(q.alsoOk ?? [])]);
    const ids = search.search(q.query, 3).map((e) => e.id);
    if (ids[0] && ok.has(ids[0])) first++;
    else misses.push(`${q.type}: "${q.query}" → ${ids.join(', ') || 'nothing'} (want ${q.expect})`);
    if (ids.some((id) => ok.has(id))) top3++;
  }
  return { first: first / QUERIES.length, top3: top3 / QUERIES.length, misses };
}

describe('reader queries', () => {
  it('has a broad set: at least 60 queries over every type', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(QUERIES.map((q) => q.type))).toEqual(new Set(['typo', 'role', 'figure', 'event', 'synonym', 'name', 'script']));
    for (const q of QUERIES)
      expect(
        full.entries.some((e) => e.id === q.expect),
        q.expect,
      ).toBe(true);
  });

  it('puts the right entry first for at least 95% and in the top three for at least 99%', () => {
    const { first, top3, misses } = rates();
    expect({ first: first >= 0.95, top3: top3 >= 0.99, misses }).toMatchObject({ first: true, top3: true });
  });
});
