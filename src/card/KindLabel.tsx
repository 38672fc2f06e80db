import type { Kind } from '../dataset/schema';
import { type MessageKey, t } from '../i18n/t';

const KIND_KEYS: Record<Kind, MessageKey> = {
  person: 'kindPerson',
  organisation: 'kindOrganisation',
  place: 'kindPlace',
  event: 'kindEvent',
  concept: 'kindConcept',
  figure: 'kindFigure',
  correction: 'kindCorrection',
};

/** The kind's name in the reader's language. */
export const kindLabel = (kind: Kind): string => t(KIND_KEYS[kind]);

export function KindLabel({ kind }: { kind: Kind }) {
  return <span class={`gtc-kind gtc-kind-${kind}`}>{kindLabel(kind)}</span>;
}
