import { describe, expect, it } from 'vitest';
import { packTable, strongNames, WORD_CHARS } from '@/src/dataset/build/strong-names';
import { foldForCount } from '@/src/first-stage/fold-text';
import { type NameTable, namesOf, nameTable, parseTable, StrongCounter, wordSource } from '@/src/first-stage/strong-count';
import { isWordChar } from '@/src/matcher/char-fold';
import { foldLetters } from '@/src/matcher/fold';
import { entry, fixtureIndex, value } from '../../support/fixture-dataset';

const index = fixtureIndex([
  entry('org-hamas', ['Hamas', 'حماس']),
  entry('place-sharm', ['Sharm el-Sheikh']),
  entry('person-hayya', ['Khalil al-Hayya']),
  entry('concept-plan', ["Trump's 20-point plan"], { kind: 'concept' }),
  entry('org-cogat', ['COGAT']),
  entry('place-cairo', ['Cairo'], { kind: 'place', context: ['talks'] }),
  entry('fig-killed', ['killed in Gaza'], { figure: { values: [value(67_000)] } }),
  entry('corr-cairo', ['talks in Cairo'], { correction: { claim: 'c', correct: 'd' } }),
]);
const built = strongNames(index);
const table = nameTable(built.firstWords);
/** Every name of `text` counted (a page's count stops once the page is on topic: tested apart). */
const counted = (text: string) => {
  const counter = new StrongCounter(table);
  const folded = foldForCount(text);
  counter.add(folded, 0, folded.length, true);
  return counter.result;
};

describe('strong names at build time', () => {
  it('lists only unambiguous entries that are not figures or corrections, by first word, longest first', () => {
    const table = parseTable(built.firstWords);
    expect(built.groups).toBe(5);
    // Each name as the rest after its first word.
    expect(table.hamas).toEqual([['', 2]]);
    expect(table['حماس']).toEqual([['', 2]]);
    expect(table.trump).toEqual([["'s 20 point plan", 0]]);
    expect(built.firstWords).not.toMatch(/cairo|killed/);
  });

  it("leaves out a title with a bracketed date, which no page writes, even an event's only name", () => {
    const events = strongNames(
      fixtureIndex([
        entry('event-truce', ['Gaza truce takes effect (10 October 2025)', 'truce took effect'], { kind: 'event' }),
        entry('event-flare', ['Flare-ups in Gaza (19 October 2025)'], { kind: 'event' }),
      ]),
    );
    expect(parseTable(events.firstWords)).toEqual({ truce: [[' took effect', 1]] });
    expect(events.groups).toBe(2);
  });

  it("leaves out a name of more than six words (a report's full title, a long quote, a body's longest spelling), as few pages write it", () => {
    const report = strongNames(
      fixtureIndex([
        entry('event-report', ['legal analysis of the conduct of israel in gaza under the genocide convention', 'commission report'], {
          kind: 'event',
        }),
        entry('event-quote', ['real chance that we could do something'], { kind: 'event' }),
        entry('org-body', ['national committee for the administration of gaza', 'national committee for governance of gaza'], {
          kind: 'organisation',
        }),
      ]),
    );
    // Six words are kept: a body's name is written out.
    expect(parseTable(report.firstWords)).toEqual({
      commission: [[' report', 1]],
      national: [[' committee for governance of gaza', 2]],
    });
  });

  it('leaves out a name whose first word is one Latin letter (looked up at every possessive), and keeps one starting with a digit', () => {
    const resolution = strongNames(
      fixtureIndex([
        entry('event-2803', ['Resolution 2803', 'S/RES/2803'], { kind: 'event' }),
        entry('event-attack', ['7 October attack'], { kind: 'event' }),
      ]),
    );
    expect(parseTable(resolution.firstWords)).toEqual({ resolution: [[' 2803', 0]], '7': [[' october attack', 1]] });
  });

  it('splits words as the first stage does', () => {
    expect(wordSource()).toBe(`[${WORD_CHARS}]+`);
  });

  it('classes CJK, kana and full-width characters as the engine does', () => {
    const word = new RegExp(`^${wordSource()}$`);
    const units = [0x3000, 0x3001, 0x3005, 0x3042, 0x30a2, 0x30fb, 0x30fc, 0x4e2d, 0x4dc0, 0x9fa5, 0xac00, 0xf900];
    for (let c = 0xfe00; c <= 0xffef; c++) units.push(c);
    // Full-width Latin capitals are lower-cased before the first stage reads them; unassigned units never occur,
    // and variation selectors and half marks follow a symbol or a letter, never start or end a name.
    const wrong = units.filter((c) => {
      const ch = String.fromCharCode(c).toLowerCase();
      return !/[\p{Cn}\p{M}]/u.test(ch) && word.test(ch) !== isWordChar(ch, 0);
    });
    expect(wrong.map((c) => c.toString(16))).toEqual([]);
  });

  it('finds nothing through the object prototype', () => {
    expect(counted('the constructor of toString and __proto__').mentions).toBe(0);
  });
});

describe('counting strong names', () => {
  it('counts distinct entries and mentions as the engine scores them', () => {
    expect(counted('Hamas said. Later Hamas and Hamas again.')).toEqual({ entries: 1, mentions: 3, score: 4, onTopic: true });
    expect(counted('Hamas met in Sharm el-Sheikh.')).toMatchObject({ entries: 2, score: 4, onTopic: false });
    expect(counted('Hamas met in Sharm el-Sheikh. Hamas left.')).toMatchObject({ entries: 2, score: 5, onTopic: true });
    expect(counted('Hamas said.')).toMatchObject({ entries: 1, score: 2, onTopic: false });
  });

  it('reads spaces, dashes, line breaks and apostrophes as the page writes them', () => {
    expect(counted('in Sharm  el\u2013Sheikh')).toMatchObject({ entries: 1 });
    expect(counted('in sharm\nel sheikh')).toMatchObject({ entries: 1 });
    expect(counted('Trump’s 20 point plan')).toMatchObject({ entries: 1 });
    expect(counted('KHALIL AL-HAYYA spoke')).toMatchObject({ entries: 1 });
  });

  it('needs word edges on both sides, and accepts a possessive or a quote mark after a name', () => {
    expect(counted('Hamasville and unhamas and Hamas2').mentions).toBe(0);
    expect(counted("Hamas's negotiators and ‘Hamas’")).toMatchObject({ mentions: 2 });
  });

  it('finds names in other scripts and through diacritics and marks', () => {
    expect(counted('قالت حَمَاس').mentions).toBe(1);
    expect(counted('Sharm él-Shéikh').mentions).toBe(1);
  });

  it("reads Hindi with its vowel signs, as the engine's fold keeps them, and without its nuktas", () => {
    const hindi = nameTable(
      strongNames(fixtureIndex([entry('org-hamas', ['हमास']), entry('place-gaza', ['गाजा पट्टी', 'गाजा'])])).firstWords,
    );
    const inHindi = (text: string) => {
      const counter = new StrongCounter(hindi);
      counter.add(foldForCount(text));
      return counter.result.mentions;
    };
    expect(inHindi('हमास ने कहा। ग़ाज़ा पट्टी और गाजा')).toBe(3);
    // "हमसे" ("from us") is no Hamas, nor carrots ("गाजर") Gaza.
    expect(inHindi('उसने हमसे कहा कि गाजर सस्ती है')).toBe(0);
  });

  it('reads Arabic, Urdu and Bengali punctuation after a name as the engine does: not part of the word', () => {
    // The Arabic comma, semicolon and question mark, the Arabic full stop and the danda are not letters; as
    // word characters they had hidden most Arabic names that end a clause ("قطاع غزة،").
    expect(counted('قالت حماس، ثم حماس؛ ثم حماس؟ ثم حماس۔').mentions).toBe(4);
    expect(counted('Hamas। Hamas॥').mentions).toBe(2);
    // Arabic marks between them (the honorific signs) are read through, as the engine's fold strips them.
    expect(counted('حماس\u0610').mentions).toBe(1);
  });

  it('ignores ambiguous names, figures and correction phrases', () => {
    expect(counted('Cairo, 67,000 killed in Gaza, talks in Cairo').mentions).toBe(0);
  });

  it('counts an acronym whatever its case (a false yes only costs an engine load)', () => {
    expect(counted('cogat said').mentions).toBe(1);
  });

  it('counts only names starting in [from, until), and says where the last one ended', () => {
    const text = foldForCount('Hamas and Sharm el-Sheikh');
    const counter = new StrongCounter(table);
    expect(counter.add(text, 0, 6)).toBe(5);
    expect(counter.result.mentions).toBe(1);
    counter.add(text, 5);
    expect(counter.result.mentions).toBe(2);
  });
});

describe('folding for counting', () => {
  it('agrees with the matcher fold on letters', () => {
    for (const text of [
      'Sharm él-Shéikh',
      'İbrahim',
      'Łódź Straße',
      'حَمَاس',
      'ירושלים',
      'Ærø',
      'plain ascii Text',
      'ग़ाज़ा हमास युद्धविराम',
      'মাজেদ আনসারী',
    ]) {
      expect(foldForCount(text), text).toBe(foldLetters(text));
    }
  });
});

describe('counting each mention once', () => {
  const index2 = fixtureIndex([entry('person-witkoff', ['Steve Witkoff', 'Witkoff']), entry('org-hamas', ['Hamas'])]);
  const table2 = nameTable(strongNames(index2).firstWords);
  const count2 = (text: string) => {
    const counter = new StrongCounter(table2);
    counter.add(foldForCount(text));
    return counter.result;
  };

  it('does not count the rest of a longer name again', () => {
    expect(count2('Steve Witkoff arrived. Steve Witkoff left.')).toMatchObject({ entries: 1, mentions: 2, onTopic: false });
  });

  it('counts names of several first words in any order, a first word without the rest of its name counting only as itself', () => {
    expect(count2('Witkoff, then Steve Jobs, and Steve Witkoff; Steve.')).toMatchObject({ entries: 1, mentions: 2 });
    expect(count2('Steve, Steve Witkoff, Hamas.')).toMatchObject({ entries: 2, mentions: 2 });
  });

  it('stops at the first name when only a yes is asked, and says where it ended', () => {
    const counter = new StrongCounter(table2, true);
    const text = foldForCount('nothing here, then Steve Witkoff and Hamas');
    expect(counter.add(text)).toBe(text.indexOf('witkoff') + 'witkoff'.length);
    expect(counter.result).toMatchObject({ entries: 1, mentions: 1 });
  });

  it('counts every name of a text it reads, and takes away those of parts of it nobody reads', () => {
    const script = '{"topic": "Hamas, Hamas, Khalil al-Hayya"}';
    const text = foldForCount(`Hamas met in Sharm el-Sheikh. ${script} Hamas said.`);
    const counter = new StrongCounter(table);
    counter.add(text, 0, text.length, true);
    // Every name, past where the page was on topic.
    expect(counter.result).toMatchObject({ entries: 3, mentions: 6 });
    counter.leaveOut([foldForCount(script)]);
    expect(counter.result).toEqual(counted('Hamas met in Sharm el-Sheikh. Hamas said.'));
    expect(counter.finished).toBe(true);
    // Parts that name nothing leave the count as it stood.
    const plain = new StrongCounter(table);
    plain.add(foldForCount('Hamas said. var x = 1;'));
    plain.leaveOut(['var x = 1;']);
    expect(plain.result).toMatchObject({ entries: 1, mentions: 1 });
    // Never below none: a part read alone may name what the whole text reads otherwise.
    const apart = new StrongCounter(table);
    apart.add(foldForCount('Sharm el-Sheikh'));
    apart.leaveOut([foldForCount('Hamas Hamas')]);
    expect(apart.result).toMatchObject({ entries: 1, mentions: 1 });
  });

  it('finds a name after the same letters inside another word', () => {
    expect(count2('xhamas and Hamas, then hamasville and HAMAS')).toMatchObject({ mentions: 2 });
  });
});

describe('stopping once the page is on topic', () => {
  it('takes names in the order the text holds them and stops at the one that puts the page on topic', () => {
    const text = foldForCount('Khalil al-Hayya spoke. COGAT said. Hamas answered. Sharm el-Sheikh waited. Hamas again.');
    const counter = new StrongCounter(table);
    const end = counter.add(text);
    // Three mentions: on topic at Hamas, before Sharm el-Sheikh.
    expect(counter.result).toEqual({ entries: 3, mentions: 3, score: 6, onTopic: true });
    expect(end).toBe(text.indexOf('hamas') + 'hamas'.length);
    // Counting on from there gives what counting every name does.
    counter.add(text, end, text.length, true);
    expect(counter.result).toEqual(counted('Khalil al-Hayya spoke. COGAT said. Hamas answered. Sharm el-Sheikh waited. Hamas again.'));
    expect(counter.result).toMatchObject({ entries: 4, mentions: 5 });
  });

  it('says on topic or not as counting every name does, over many generated texts', () => {
    const words = ['Hamas', 'COGAT', 'Sharm el-Sheikh', 'Khalil al-Hayya', 'Cairo', 'talks', 'Gaza province', 'the', 'said', 'Sharm'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let i = 0; i < 400; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => words[Math.floor(random() * words.length)]).join(' ');
      const stopping = new StrongCounter(table);
      const folded = foldForCount(text);
      const end = stopping.add(folded);
      const all = counted(text);
      expect(stopping.result.onTopic, text).toBe(all.onTopic);
      if (!all.onTopic) expect(stopping.result, text).toEqual(all);
      // Taking away a script's names after counting on: as from every name's count.
      const script = foldForCount('Hamas Hamas COGAT');
      const whole = new StrongCounter(table);
      whole.add(folded, 0, folded.length, true);
      whole.leaveOut([script]);
      stopping.leaveOut([script], () => stopping.add(folded, end, folded.length, true));
      expect(stopping.result, text).toEqual(whole.result);
    }
  });
});

describe('passing over a page that cannot hold a name', () => {
  it("counts nothing where a name's first word appears without the rest, or its words apart", () => {
    expect(counted('Khalil Gibran wrote; the plan had 20 points; Trump spoke.').mentions).toBe(0);
    expect(counted('Sharm beach, el Nino, Sheikh Zayed road.').mentions).toBe(0);
  });

  it('still counts every name when the page holds all of its words, wherever the first word stands', () => {
    const result = counted('Al-Hayya spoke. Then Khalil al-Hayya met in Sharm el-Sheikh; Hamas agreed.');
    expect(result.entries).toBe(3);
    expect(result.mentions).toBe(3);
  });
});

describe('false friends in the first stage', () => {
  const withFriends = fixtureIndex([
    entry('place-gaza', ['Gaza Strip', 'Gaza'], {
      kind: 'place',
      broad: true,
      falseFriends: { phrases: ['Gaza province', 'province of Gaza', "Gaza's provincial"], context: ['Mozambique'] },
    }),
    entry('org-hamas', ['Hamas']),
    entry('place-cairo', ['Cairo'], { kind: 'place', context: ['talks'], falseFriends: { phrases: ['Cairo Road'] } }),
    entry('person-marwan-barghouti', ['Marwan Barghouti', 'Barghouti'], { falseFriends: { phrases: ['Mustafa Barghouti'] } }),
  ]);
  const friendTable = nameTable(strongNames(withFriends).firstWords);
  const count = (text: string, chunk?: number) => {
    const counter = new StrongCounter(friendTable);
    const folded = foldForCount(text);
    if (!chunk) counter.add(folded);
    else {
      // As count-page reads a long page: names starting before the cut are counted in the first step, and
      // the next step starts at the cut, or where the last name (or false friend) ended if that is later.
      const end = counter.add(folded, 0, chunk);
      counter.add(folded, Math.max(chunk, end));
    }
    return counter.result;
  };

  it('lists only false friends that hide a strong name, as group -1', () => {
    const table = parseTable(strongNames(withFriends).firstWords);
    // "Gaza Strip" is left out beside "Gaza" (the same entry: see the next test).
    expect(table.gaza).toEqual([
      ["'s provincial", -1],
      [' province', -1],
      ['', 2],
    ]);
    expect(table.province).toEqual([[' of gaza', -1]]);
    // Cairo is ambiguous: not counted here, so its false friend is not looked for either.
    expect(table.cairo).toBeUndefined();
    // A person's false friend is left to the engine: only a broad entry's are listed.
    expect(table.barghouti).toEqual([['', 1]]);
    expect(table.mustafa).toBeUndefined();
  });

  it('leaves out a name holding a shorter strong one where that is counted in its place, unless it holds another name', () => {
    const built = strongNames(
      fixtureIndex([
        entry('place-gaza', ['Gaza', 'Gaza Strip', 'Gaza where Witkoff landed']),
        entry('place-kerem', ['Kerem Shalom', 'Kerem Shalom crossing']),
        entry('person-witkoff', ['Witkoff']),
        entry('concept-truce', ['Gaza truce']),
        entry('org-board', ['Board of Peace', 'Gaza Board of Peace']),
        entry('org-committee', ['National Committee for Gaza', 'Committee of Witkoff and Gaza']),
      ]),
    );
    expect(parseTable(built.firstWords)).toEqual({
      gaza: [
        [' where witkoff landed', 4],
        [' board of peace', 1],
        ['', 4],
      ],
      kerem: [[' shalom', 5]],
      witkoff: [['', 3]],
      board: [[' of peace', 1]],
      // It holds two names: left out, it would be counted twice.
      committee: [[' of witkoff and gaza', 2]],
    });
    // Another entry's longer name ("Gaza truce", "National Committee for Gaza") is counted as the shorter one in
    // it: one mention, as before, of Gaza's entry. A page's verdict rests on its mentions alone.
    const counter = new StrongCounter(nameTable(built.firstWords));
    const text = foldForCount(
      'The Gaza Strip, Gaza truce talks, the Gaza Board of Peace, the National Committee for Gaza and the Kerem Shalom crossing.',
    );
    counter.add(text, 0, text.length, true);
    expect(counter.result).toMatchObject({ entries: 3, mentions: 5 });
  });

  it('packs the table as text: a line a first word, the group after the last semicolon', () => {
    expect(
      packTable({
        rafah: [
          [', in southern gaza;', -1],
          ['', 4],
        ],
        hamas: [['', 2]],
      }),
    ).toBe('rafah|, in southern gaza;;-1|;4\nhamas|;2');
    expect(parseTable('rafah|, in southern gaza;;-1|;4\nhamas|;2')).toEqual({
      rafah: [
        [', in southern gaza;', -1],
        ['', 4],
      ],
      hamas: [['', 2]],
    });
    expect(() => packTable({ gaza: [[' a|b', 1]] })).toThrow(/cannot hold/);
  });

  it('looks a word up in the packed table as the whole table reads it, and finds nothing for any other word', () => {
    const lookUp = nameTable(built.firstWords);
    const whole = parseTable(built.firstWords);
    expect(Object.keys(whole).length).toBeGreaterThan(3);
    for (const [word, names] of Object.entries(whole)) expect(namesOf(lookUp, word)).toEqual(names);
    for (const word of ['constructor', '__proto__', 'toString', 'gardening', '']) expect(namesOf(lookUp, word)).toBeUndefined();
  });

  it('counts nothing for a false friend, and not the name inside it', () => {
    expect(count('Floods in Gaza province. The province of Gaza and Gaza’s provincial capital.')).toEqual({
      entries: 0,
      mentions: 0,
      score: 0,
      onTopic: false,
    });
    expect(count('Gaza province floods; in Gaza, Hamas and Gaza again').mentions).toBe(3);
  });

  it('hides the name inside a false friend cut by a chunk boundary', () => {
    const text = 'Rain fell on the province of Gaza all week.';
    expect(count(text, text.indexOf('of Gaza'))).toMatchObject({ mentions: 0 });
  });
});

/** `text` counted in two steps, as count-page reads a long page, the first ending where `cutAt` first stands. */
function countInSteps(names: NameTable, text: string, cutAt: string) {
  const folded = foldForCount(text);
  const cut = folded.indexOf(cutAt);
  const counter = new StrongCounter(names);
  const end = counter.add(folded, 0, cut);
  counter.add(folded, Math.max(cut, end));
  return counter.result;
}

describe('reading in steps, as count-page does', () => {
  it('counts a name of several words that the step boundary passes through, once', () => {
    const text = 'Talks resumed in Sharm el-Sheikh today, and in Sharm el-Sheikh tomorrow.';
    expect(countInSteps(table, text, 'el-sheikh')).toMatchObject({ entries: 1, mentions: 2 });
  });
});

describe('Hebrew and Arabic names after the one-letter words joined to them', () => {
  const hebrew = nameTable(
    strongNames(fixtureIndex([entry('org-hamas', ['Hamas', 'חמאס', 'حماس']), entry('place-strip', ['רצועת עזה', 'قطاع غزة'])])).firstWords,
  );
  const count = (text: string) => {
    const counter = new StrongCounter(hebrew);
    counter.add(foldForCount(text));
    return counter.result.mentions;
  };

  it('counts a Hebrew name after one to three of the letters Hebrew joins to it, as the engine finds it', () => {
    // "and Hamas", "to Hamas", "and the Hamas", "the Hamas".
    expect(count('וחמאס, לחמאס והחמאס כבר')).toBe(3);
    expect(count('החמאס')).toBe(1);
    // A name of several words: "in the Gaza Strip".
    expect(count('ברצועת עזה')).toBe(1);
    expect(count('רצועת עזה')).toBe(1);
    // Not after four, nor after a letter that is not one of them ("ת"), nor inside a longer word.
    expect(count('ושבהחמאס תחמאס חמאסים')).toBe(0);
  });

  it("counts an Arabic name after Arabic's joined and, so, but not after bi- and li- (mostly 'with enthusiasm')", () => {
    expect(count('إسرائيل وحماس فحماس')).toBe(2);
    expect(count('وقطاع غزة')).toBe(1);
    expect(count('بحماس لحماس')).toBe(0);
  });

  it('counts a joined name cut by the step boundary once, in the step it starts in', () => {
    expect(countInSteps(hebrew, 'الهدنة بين إسرائيل وحماس في قطاع غزة', 'حماس')).toMatchObject({ entries: 2, mentions: 2 });
  });
});

/** A counter of every strong mention in a text, over a table of Hamas's and the Strip's names in one script. */
const mentionCounter = (hamas: string[], strip: string[]) => {
  const names = nameTable(strongNames(fixtureIndex([entry('org-hamas', hamas), entry('place-strip', strip)])).firstWords);
  return (text: string) => {
    const counter = new StrongCounter(names);
    counter.add(foldForCount(text), 0, undefined, true);
    return counter.result.mentions;
  };
};

describe('Japanese, which writes no spaces', () => {
  const count = mentionCounter(['Hamas', 'ハマス'], ['ガザ地区', 'ガザ']);

  it('counts a katakana name between kanji, hiragana and punctuation, as the engine finds it', () => {
    expect(count('イスラエルとハマスは、ガザ地区での停戦に合意した。ハマス幹部は「ガザ」と述べた')).toBe(4);
    // A voiced kana written as two characters (NFD) is the same name.
    expect(count('カ\u3099サ\u3099地区')).toBe(1);
  });

  it('reads full-width punctuation as punctuation, as the engine does', () => {
    expect(count('声明（ハマス）、ハマス！ハマス：ガザ')).toBe(4);
  });

  it('does not count one inside a longer katakana word', () => {
    // Yokohama's ballpark, a crab, Kazakhstan.
    expect(count('ハマスタで試合、ガザミの旬、カザフスタン')).toBe(0);
  });
});

describe('Chinese, written in ideographs alone', () => {
  const count = mentionCounter(['Hamas', '哈马斯', '哈瑪斯'], ['加沙地带', '加薩走廊']);

  it('lists a name under its first ideograph', () => {
    expect(parseTable(strongNames(fixtureIndex([entry('org-hamas', ['哈马斯'])])).firstWords)).toEqual({ 哈: [['马斯', 0]] });
  });

  it('counts a name inside a run of ideographs, beside Latin names', () => {
    expect(count('以色列与哈马斯签署加沙地带停火协议，哈马斯特工撤离。Hamas said')).toBe(4);
    expect(count('台灣媒體報導，哈瑪斯同意加薩走廊停火方案')).toBe(2);
  });

  it('counts nothing for ideographs that only begin like a name', () => {
    // Kazakhstan, Harbin, "attend a Saudi forum".
    expect(count('哈萨克斯坦和哈尔滨的代表参加沙特论坛')).toBe(0);
  });
});

describe('Korean, which joins its particles to the name before them', () => {
  const count = mentionCounter(['Hamas', '하마스'], ['가자지구']);

  it('counts a name before particles, as the engine finds it', () => {
    expect(count('하마스는 가자지구에서 인질을 석방했다. 하마스와의 협상, 하마스 측')).toBe(4);
  });

  it('does not count a name that begins a longer word', () => {
    expect(count('하마스트 가자지구민 하마스에서트')).toBe(0);
  });
});
