// A small dataset in the compiled form that exercises every block (ambiguity, generic, perspectives, a figure
// with a single value and a range, a correction); tests mutate fresh copies of it.
import type { CompiledDataset, Entry, Source } from '@/src/dataset/schema';

const source = (id: string, extra: Partial<Source> = {}): Source => ({
  id,
  publisher: 'Example Wire',
  title: `A story (${id})`,
  titleApproximate: false,
  date: '2025-10-08',
  dateApproximate: false,
  url: `https://example.org/${id}`,
  ...extra,
});

const person: Entry = {
  id: 'person-example',
  kind: 'person',
  name: 'Ahmad Example',
  aliases: ['A. Example'],
  ambiguity: { note: 'Also a surname.', context: ['negotiator'] },
  keywords: ['chief negotiator'],
  generic: { aliases: ['the envoy'], context: ['talks'] },
  summary: 'A negotiator in the talks, described in our own words.',
  details: 'More about the negotiator.',
  sources: [{ source: 'wire-story', quote: 'He led the delegation.' }],
  caveats: ['Some reports give another title.'],
  perspectives: [{ holder: 'One side', view: 'Calls him a moderate.', source: 'wire-story' }],
  asOf: '2025-10-08',
  status: 'verified',
  related: ['figure-killed'],
};

const figure: Entry = {
  id: 'figure-killed',
  kind: 'figure',
  name: 'People killed',
  aliases: [],
  keywords: ['death toll'],
  summary: 'People killed, as reported.',
  sources: [{ source: 'other-page' }],
  caveats: [],
  perspectives: [],
  asOf: '2025-10-07',
  status: 'partly-verified',
  related: [],
  figure: {
    unit: 'people',
    counts: 'people killed',
    values: [
      {
        value: 100,
        display: 'about 100',
        approximate: true,
        reporter: 'Ministry',
        asOf: '2025-10-07',
        asOfApproximate: false,
        sources: [{ source: 'other-page' }],
      },
      {
        value: { min: 90, max: 110 },
        approximate: false,
        reporter: 'Agency',
        asOf: '2025-10-06',
        asOfApproximate: false,
        sources: [{ source: 'wire-story' }],
      },
    ],
    tolerance: 0.02,
    context: ['killed'],
    nouns: ['people'],
    forms: ['about 100'],
  },
};

const correction: Entry = {
  id: 'correction-date',
  kind: 'correction',
  name: 'The truce date',
  aliases: ['truce began on 11 October'],
  keywords: [],
  summary: 'The truce began on 10 October.',
  sources: [{ source: 'wire-story' }],
  caveats: [],
  perspectives: [],
  asOf: '2025-10-08',
  status: 'verified',
  related: [],
  correction: { claim: 'The truce began on 11 October.', correct: 'It began on 10 October.' },
};

/** A fresh copy each call, so a test may change it freely. */
export function validDataset(): CompiledDataset {
  return structuredClone({
    version: '2025-10-08+test',
    entries: [person, figure, correction],
    sources: { 'wire-story': source('wire-story', { note: 'A wire copy.', outlet: 'AP' }), 'other-page': source('other-page') },
  });
}
