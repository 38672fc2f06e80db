import type { Status } from '../dataset/schema';
import { type MessageKey, t } from '../i18n/t';

const STATUS_KEYS: Record<Status, MessageKey> = {
  verified: 'statusVerified',
  'partly-verified': 'statusPartlyVerified',
  unverified: 'statusUnverified',
};

/** Shown on every card: readers should know how firm a fact is before they read it. */
export function StatusBadge({ status }: { status: Status }) {
  return <span class={`gtc-status gtc-status-${status}`}>{t(STATUS_KEYS[status])}</span>;
}
