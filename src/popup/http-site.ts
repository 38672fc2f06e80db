/** The host name of a web page's address; empty for the browser's own pages, files and extension pages. */
export function httpSite(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : '';
  } catch {
    return '';
  }
}
