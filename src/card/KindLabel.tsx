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

export function KindLabel({ kind }: { kind: Kind }) {
  return <span class={`gtc-kind gtc-kind-${kind}`}>{t(KIND_KEYS[kind])}</span>;
}
