// Every malformed dataset file the import tests try: the hand-named cases first, then the walked ones. A
// walked case that makes the same text as an earlier one is left out (the named one says it better).
import { build, type MalformedImport } from './dataset-mutations';
import { namedShapeCases } from './dataset-named-shape';
import { namedTextCases } from './dataset-named-text';
import { namedValueCases } from './dataset-named-values';
import { walkedCases } from './dataset-walked';

export type { MalformedImport } from './dataset-mutations';

export function malformedDatasetImports(): MalformedImport[] {
  const named = [...namedShapeCases, ...namedTextCases, ...namedValueCases].map(build);
  const seen = new Set(named.map((item) => item.text));
  const walked = walkedCases()
    .map(build)
    .filter((item) => !seen.has(item.text) && seen.add(item.text));
  return [...named, ...walked];
}
