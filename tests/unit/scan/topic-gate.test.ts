import { describe, expect, it } from 'vitest';
import { createTopicGate } from '@/src/scan/topic-gate';
import { entry, fixtureIndex } from '../../support/fixture-dataset';

const index = fixtureIndex([
  entry('org-hamas', ['Hamas']),
  entry('place-cairo', ['Cairo'], { kind: 'place', context: ['talks'] }),
  entry('person-witkoff', ['Steve Witkoff', 'Witkoff']),
]);
const gate = createTopicGate(index);
const page = (html: string) => {
  const div = document.createElement('div');
  div.append(document.createRange().createContextualFragment(html));
  return div;
};

describe('topic gate', () => {
  it('finds a name deep in a long text, and nothing in filler', async () => {
    const filler = 'x '.repeat(131_000);
    const root = page(`<p>${filler}Steve Witkoff ${filler}</p>`);
    expect(await gate.mayBeOnTopic(root)).toBe(true);
    expect(await gate.mayBeOnTopic(page(`<p>${filler}${filler}</p>`))).toBe(false);
  });

  it('passes a page naming a strong entry', async () => {
    expect(await gate.mayBeOnTopic(page('<p>Talks with <b>Hamas</b> resumed.</p>'))).toBe(true);
  });

  it('stops a page with only ambiguous names', async () => {
    expect(await gate.mayBeOnTopic(page('<p>Cairo museums and Cairo cafés.</p>'))).toBe(false);
  });

  it('passes over inline scripts and styles: nobody reads them', async () => {
    const root = page('<p>Gardening notes.</p><script type="application/ld+json">{"about": "Hamas"}</script><style>.Hamas{}</style>');
    expect(await gate.mayBeOnTopic(root)).toBe(false);
    expect(await gate.mayBeOnTopic(page('<p>Notes.</p><script>var x = 1;</script><p>Hamas said.</p>'))).toBe(true);
  });

  it('looks inside the open shadow root of a custom element', async () => {
    const root = page('<p>Nothing here.</p><section><news-card></news-card></section>');
    const shadow = root.querySelector('news-card')?.attachShadow({ mode: 'open' });
    shadow?.append(page('<p>Hamas said the talks resumed.</p>'));
    expect(await gate.mayBeOnTopic(root)).toBe(true);
  });

  it('looks inside open shadow roots', async () => {
    const root = page('<p>Nothing here.</p><div id="host"></div>');
    const shadow = root.querySelector('#host')?.attachShadow({ mode: 'open' });
    shadow?.append(page('<p>Envoy Witkoff arrived.</p>'));
    expect(await gate.mayBeOnTopic(root)).toBe(true);
  });
});
