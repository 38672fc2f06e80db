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
});
export type PageExpectation = z.infer<typeof pageExpectationSchema>;

export function loadExpectations(): PageExpectation[] {
  const file = resolve(import.meta.dirname, '../pages/expectations.json');
  return z.array(pageExpectationSchema).parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Pages whose own scripts change the DOM: their markup cannot be compared with the served file. */
export const SCRIPTED_PAGES = new Set(['live-blog.html', 'components.html']);
