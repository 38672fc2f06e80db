import { describe, expect, it } from 'vitest';
import { createPageMatcher } from '@/src/matcher/page-matcher';
import { entry, fixtureIndex, value } from '../../support/fixture-dataset';

const index = fixtureIndex([
  entry('org-hamas', ['Hamas', 'حماس']),
  entry('org-ipc', ['Integrated Food Security Phase Classification', 'IPC'], {
    kind: 'organisation',
    context: ['famine', 'hunger', 'food insecurity'],
  }),
  entry('org-un-coi', ['Commission of Inquiry', 'COI'], { kind: 'organisation', context: ['genocide', 'Pillay', 'Human Rights Council'] }),
  entry('place-cairo', ['Cairo'], { kind: 'place', context: ['ceasefire talks', 'Hamas delegation', 'mediators'] }),
  entry('person-donald-trump', ['Donald Trump', 'Trump'], { context: ['Gaza', 'Hamas', 'hostages', '20-point plan'] }),
  entry('person-pm', ['Mohammed bin Abdulrahman Al Thani', 'Al Thani'], { context: ['prime minister', 'foreign minister'] }),
  entry('person-emir', ['Tamim bin Hamad Al Thani', 'Al Thani'], { context: ['emir'] }),
  entry('concept-first-phase', ['first phase', 'Phase 1', 'Phase One'], {
    kind: 'concept',
    context: ['hostages', 'Trump plan', 'yellow line'],
  }),
  entry('event-unsc-2803', ['Resolution 2803', 'UNSC resolution 2803'], { kind: 'event' }),
  entry(
    'correction-trump-former-president',
    ['former President Donald Trump', 'former President Trump', 'former US President Donald Trump'],
    {
      kind: 'correction',
      context: ['Gaza', 'Sharm el-Sheikh', 'hostages'],
      correction: { claim: 'Trump called a former president', correct: 'He took office in January 2025' },
    },
  ),
  entry('correction-war-second-year', ['entered its second year', 'enters its second year'], {
    kind: 'correction',
    context: ['2025', 'two years'],
    correction: { claim: 'second year', correct: 'third year by October 2025' },
  }),
  entry('fig-resolution-votes', [], { figure: { values: [value(13)], tolerance: 0, context: ['votes in favour'] } }),
]);
const matcher = createPageMatcher(index);
const found = (text: string) => matcher.find(text).map((m) => [m.text, index.entries[m.entry]?.id, m.licensed]);

describe('ambiguous names are licensed only by their own context words in the block', () => {
  it.each([
    ['The IPC confirmed famine in Gaza Governorate.', [['IPC', 'org-ipc', true]]],
    ['IPC sockets let two processes talk.', [['IPC', 'org-ipc', false]]],
    ['Under IPC section 302, murder is punished.', [['IPC', 'org-ipc', false]]],
    ['the ipc layer', []],
    ['The COI found that genocide had been committed.', [['COI', 'org-un-coi', true]]],
    ['Please sign the COI form.', [['COI', 'org-un-coi', false]]],
    [
      'Cairo hosted ceasefire talks with a Hamas delegation.',
      [
        ['Cairo', 'place-cairo', true],
        ['Hamas', 'org-hamas', true],
      ],
    ],
    ['Cairo is famous for its museums.', [['Cairo', 'place-cairo', false]]],
    [
      'Trump pressed Hamas to free the hostages.',
      [
        ['Trump', 'person-donald-trump', true],
        ['Hamas', 'org-hamas', true],
      ],
    ],
    ['Trump announced new tariffs on steel.', [['Trump', 'person-donald-trump', false]]],
    ['Donald Trump spoke about Gaza.', [['Donald Trump', 'person-donald-trump', true]]],
    ['Phase 1 of the drug trial enrolled 48 people.', [['Phase 1', 'concept-first-phase', false]]],
    ['The first phase freed the last living hostages.', [['first phase', 'concept-first-phase', true]]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('gives a shared alias to the entry its context licenses', () => {
    expect(found('Al Thani, the prime minister, arrived.')).toEqual([['Al Thani', 'person-pm', true]]);
    expect(found('The emir Al Thani signed.')).toEqual([['Al Thani', 'person-emir', true]]);
    // Without context neither is licensed: it then counts only on an on-topic page.
    expect(found('The Al Thani family owns hotels.').map((f) => f[2])).toEqual([false]);
  });
});

describe('known misstatements', () => {
  it.each([
    ['In Gaza news, former President Donald Trump spoke.', 'correction-trump-former-president', true],
    ['Former President Trump urged Hamas to free the hostages.', 'correction-trump-former-president', true],
    ['former US President Donald Trump, in a 2022 rally', 'correction-trump-former-president', false],
    ['In October 2025 the war entered its second year.', 'correction-war-second-year', true],
    ['The war enters its second year today.', 'correction-war-second-year', false],
  ])('%j', (text, id, licensed) => {
    const [first] = matcher.find(text);
    expect(first && index.entries[first.entry]?.id).toBe(id);
    expect(first?.licensed).toBe(licensed);
  });

  it('prefers the misstatement over the bare name inside it', () => {
    expect(found('former President Trump and Hamas').map((f) => f[1])).toEqual(['correction-trump-former-president', 'org-hamas']);
  });
});

describe('names and figures together', () => {
  it('does not read the number inside a name as a figure', () => {
    expect(found('Resolution 2803 passed with 13 votes in favour.')).toEqual([
      ['Resolution 2803', 'event-unsc-2803', true],
      ['13', 'fig-resolution-votes', true],
    ]);
  });

  it('returns matches in text order', () => {
    const starts = matcher.find('13 votes in favour of UNSC resolution 2803, Hamas said.').map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it.each([
    ['حماس ترحب', [['حماس', 'org-hamas', true]]],
    ['قالت حَمَاس', [['حَمَاس', 'org-hamas', true]]],
    ['حماسة الجمهور', []],
  ])('Arabic with and without vowel marks: %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('false friends', () => {
  const friends = fixtureIndex([
    entry('place-gaza', ['Gaza Strip', 'Gaza'], {
      kind: 'place',
      falseFriends: { phrases: ['Gaza province', 'province of Gaza'], context: ['Mozambique', 'Limpopo'] },
    }),
    entry('org-hamas', ['Hamas']),
  ]);
  const friendMatcher = createPageMatcher(friends);
  const names = (text: string) => friendMatcher.find(text).map((m) => [m.text, friends.entries[m.entry]?.id]);

  it('never finds a name inside a false friend phrase', () => {
    expect(names('Floods hit Gaza province; the province of Gaza is under water.')).toEqual([]);
    expect(names('Hamas in Gaza; Gaza Province is elsewhere.')).toEqual([
      ['Hamas', 'org-hamas'],
      ['Gaza', 'place-gaza'],
    ]);
  });

  it('takes a bare name after a false friend for the other one, until a fuller name comes again', () => {
    const reading = friendMatcher.reading();
    const read = (text: string) => reading.find(text).map((m) => [m.text, friends.entries[m.entry]?.id]);
    expect(read('Floods hit Gaza province on Monday.')).toEqual([]);
    expect(read('In Gaza, roads were cut; Hamas was not mentioned by anyone there.')).toEqual([['Hamas', 'org-hamas']]);
    expect(read('Elsewhere, the Gaza Strip was quiet and Gaza had power.')).toEqual([
      ['Gaza Strip', 'place-gaza'],
      ['Gaza', 'place-gaza'],
    ]);
    // Each reading starts afresh, and a block read on its own is a reading of its own.
    expect(friendMatcher.reading().find('Gaza had power.')).toHaveLength(1);
    expect(names('Gaza had power.')).toEqual([['Gaza', 'place-gaza']]);
  });

  it('drops the name in a paragraph holding a false friend context word, and only there', () => {
    expect(names('The Limpopo rose and flooded Gaza again.')).toEqual([]);
    expect(names('Hamas fighters in Gaza, Mozambique not mentioned.')).toEqual([['Hamas', 'org-hamas']]);
    expect(names('Hamas fighters returned to Gaza.')).toEqual([
      ['Hamas', 'org-hamas'],
      ['Gaza', 'place-gaza'],
    ]);
  });

  it('drops only the bare name its phrases hide, never a fuller one', () => {
    expect(names('Aid from Mozambique reached the Gaza Strip; Gaza itself was quiet.')).toEqual([['Gaza Strip', 'place-gaza']]);
  });

  it('drops every name of an entry whose false friends have context words but no phrases', () => {
    const bare = fixtureIndex([
      entry('place-gaza', ['Gaza Strip', 'Gaza'], { kind: 'place', falseFriends: { phrases: [], context: ['Limpopo'] } }),
    ]);
    const found = createPageMatcher(bare).find('The Limpopo flooded the Gaza Strip and Gaza.');
    expect(found).toEqual([]);
  });
});

describe('createPageMatcher: a surname two entries share', () => {
  const brothers = fixtureIndex([entry('person-anna', ['Anna Sample', 'Sample']), entry('person-ben', ['Ben Sample', 'Sample'])]);
  const matcher = createPageMatcher(brothers);

  it('names whichever was named last in full, and neither before', () => {
    const reading = matcher.reading();
    const read = (text: string) => reading.find(text).map((m) => [m.text, brothers.entries[m.entry]?.id]);
    expect(read('Sample spoke first.')).toEqual([]);
    expect(read('Anna Sample arrived; Sample spoke.')).toEqual([
      ['Anna Sample', 'person-anna'],
      ['Sample', 'person-anna'],
    ]);
    expect(read('Then Ben Sample answered. Sample was brief.')).toEqual([
      ['Ben Sample', 'person-ben'],
      ['Sample', 'person-ben'],
    ]);
    expect(read('Sample again.')).toEqual([['Sample', 'person-ben']]);
  });
});
