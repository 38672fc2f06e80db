// Serves our own test pages on 127.0.0.1 (an ephemeral port): extensions do not run on file:// by default.
// A page may carry extra response headers in a sidecar `<file>.headers.json`, an object of header names to
// values (tests/pages/hostile/strict-csp.html.headers.json sends a Content-Security-Policy).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

export const PAGES_DIR = resolve(import.meta.dirname, '../pages');

export interface StaticServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** The sidecar's headers, or none when the file has no sidecar. */
async function extraHeaders(file: string): Promise<Record<string, string>> {
  const text = await readFile(`${file}.headers.json`, 'utf8').catch(() => '{}');
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Object.values(parsed).some((v) => typeof v !== 'string'))
    throw new Error(`${file}.headers.json: expected an object of header names to string values`);
  return parsed as Record<string, string>;
}

export async function startStaticServer(root = PAGES_DIR): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    Promise.all([readFile(file), extraHeaders(file)]).then(
      ([body, extra]) => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...extra });
        res.end(body);
      },
      (error: NodeJS.ErrnoException) => {
        // A broken sidecar is the test's mistake: said, not served as a missing page.
        const missing = error.code === 'ENOENT' || error.code === 'EISDIR';
        res.writeHead(missing ? 404 : 500, { 'content-type': 'text/plain' });
        res.end(missing ? 'not found' : String(error));
      },
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        // Browsers keep connections alive; close() alone would wait for them.
        server.closeAllConnections();
      }),
  };
}
