// A surname two entries share ("Sinwar", of two brothers), allowed as an alias of both: each has a fuller
// name holding it, so the matcher gives it to whichever the page named last in full, and to neither before.
import { fold } from '../../matcher/fold';
import { matchTermsOf } from '../citations';
import type { Entry } from '../schema';
import { holdsName } from './holds-name';

export function isSharedSurname(key: string, owners: readonly Entry[]): boolean {
  return owners.length > 1 && owners.every((o) => matchTermsOf(o).some((name) => holdsName(fold(name), key)));
}
