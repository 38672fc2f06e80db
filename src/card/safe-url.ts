// Only https addresses become links: the schema demands them, and a card on a page must never carry a
// javascript: or plain-http link even if a bad entry slipped through.
export function httpsUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
