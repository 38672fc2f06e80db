// The kinds and statuses as plain constants: code that ships to every page imports these, not the zod schema.
export const KINDS = ['person', 'organisation', 'place', 'event', 'concept', 'figure', 'correction'] as const;
export const STATUSES = ['verified', 'partly-verified', 'unverified'] as const;

export type Kind = (typeof KINDS)[number];
export type Status = (typeof STATUSES)[number];
