// What each of our test pages must (and must not) show: tests/pages/expectations.json.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

export const pageExpectationSchema = z.object({
  page: z.string(),
  onTopic: z.boolean(),
  mustFind: z.array(z.string()),
  mustFindText: z.array(z.string()),
  mustNotFindText: z.array(z.string()),
  /**
   * Whether the first stage hands the page to the engine; by default, when the page is on topic. A page
   * naming a strong name three times or more loads it even when the engine then shows nothing (Gaza
   * beside "Mozambique": the first stage has no paragraphs); one naming them once or twice never does.
   */
  engineLoads: z.boolean().optional(),
});
export type PageExpectation = z.infer<typeof pageExpectationSchema>;

export function loadExpectations(): PageExpectation[] {
  const file = resolve(import.meta.dirname, '../pages/expectations.json');
  return z.array(pageExpectationSchema).parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Pages whose own scripts change the DOM: their markup cannot be compared with the served file. */
export const SCRIPTED_PAGES = new Set(['live-blog.html', 'components.html', 'shadow-app.html']);

/** What a page showed, as the detection specs of both browsers read it. */
export interface PageObservation {
  onTopic: boolean;
  found: string[];
  painted: string[];
  /** The engine was loaded (the first stage found a strong name). */
  engineLoaded: boolean;
}

/** Every way `seen` falls short of `expected`, in words; empty when the page behaved. */
export function detectionProblems(expected: PageExpectation, seen: PageObservation): string[] {
  const problems: string[] = [];
  if (seen.onTopic !== expected.onTopic) problems.push(`judged ${seen.onTopic ? 'on' : 'off'} topic`);
  // Off-topic pages that name no strong entry are turned away by the first stage alone.
  const engineLoads = expected.engineLoads ?? expected.onTopic;
  if (seen.engineLoaded !== engineLoads) problems.push(engineLoads ? 'engine not loaded' : 'engine loaded');
  if (!expected.onTopic) {
    if (seen.found.length > 0) problems.push(`found ${seen.found.join(', ')}`);
    if (seen.painted.length > 0) problems.push(`painted ${seen.painted.join(', ')}`);
  }
  for (const id of expected.mustFind) if (!seen.found.includes(id)) problems.push(`entry ${id} not found`);
  for (const text of expected.mustFindText) if (!seen.painted.includes(text)) problems.push(`"${text}" not painted`);
  for (const text of expected.mustNotFindText) if (seen.painted.includes(text)) problems.push(`"${text}" painted`);
  return problems;
}

/** The expected spellings not painted yet (live pages keep adding text after load). */
export const unpainted = (expected: PageExpectation, painted: readonly string[]): string[] =>
  expected.mustFindText.filter((text) => !painted.includes(text));
