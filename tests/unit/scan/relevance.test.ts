import { describe, expect, it } from 'vitest';
import type { Finding } from '@/src/scan/finding';
import { relevanceOf, shownFindings } from '@/src/scan/relevance';

const finding = (id: string, licensed = true): Finding => ({
  entry: { id, kind: 'person', name: id },
  text: id,
  range: document.createRange(),
  nodes: [],
  licensed,
});

describe('page relevance', () => {
  it.each([
    [[], false],
    [[finding('org-hamas')], false],
    [[finding('org-hamas'), finding('org-hamas')], false],
    [[finding('org-hamas'), finding('org-hamas'), finding('org-hamas')], true],
    [[finding('org-hamas'), finding('person-witkoff')], true],
    [[finding('org-ipc', false), finding('place-cairo', false), finding('person-trump', false)], false],
    [[finding('org-hamas'), finding('org-ipc', false), finding('person-trump', false)], false],
    [[finding('org-ipc', true), finding('person-trump', true)], true],
  ])('%#: on topic = %s', (findings, onTopic) => {
    expect(relevanceOf(findings).onTopic).toBe(onTopic);
  });

  it('shows everything on an on-topic page, unlicensed ambiguous names included', () => {
    const findings = [finding('org-hamas'), finding('person-witkoff'), finding('place-cairo', false)];
    expect(shownFindings(findings, relevanceOf(findings))).toHaveLength(3);
  });

  it('shows nothing at all on an off-topic page', () => {
    const findings = [finding('org-hamas'), finding('place-cairo', false), finding('org-ipc', false)];
    expect(shownFindings(findings, relevanceOf(findings))).toEqual([]);
  });
});
