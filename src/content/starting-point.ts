// What the engine starts with: the settings and the index the background sent with its answer to the first
// stage (first-stage/engine-boot.ts), or, when the engine was run some other way, both read at once.
import { readIndexInUse } from '../dataset/active-index-reader';
import type { EngineBoot } from '../first-stage/engine-boot';
import { readSettings } from '../settings/settings-reader';

export async function startingPoint(boot: Promise<EngineBoot | undefined> | undefined): Promise<EngineBoot> {
  const given = await boot;
  if (given) return given;
  const [settings, index] = await Promise.all([readSettings(), readIndexInUse()]);
  return { settings, index };
}
