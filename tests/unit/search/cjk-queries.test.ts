// The popup's search reads names in Japanese, Chinese and Korean as pages write them: a reader who types a name as
// a page wrote it finds its card.
import { describe, expect, it } from 'vitest';
import { compileFromDisk } from '@/src/dataset/build/wxt-dataset-module';
import { createSearch } from '@/src/search/search-index';

const { full } = compileFromDisk();
const search = createSearch(full);
const firstId = (query: string) => search.search(query)[0]?.id;

describe('search by a name in an East Asian script', () => {
  it.each([
    ['ハマス', 'org-hamas'],
    ['ガザ地区', 'place-gaza-strip'],
    ['平和評議会', 'org-board-of-peace'],
    ['哈马斯', 'org-hamas'],
    ['哈瑪斯', 'org-hamas'],
    ['하마스', 'org-hamas'],
    ['위트코프', 'person-steve-witkoff'],
  ])('%s finds %s first', (query, id) => {
    expect(firstId(query)).toBe(id);
  });
});
