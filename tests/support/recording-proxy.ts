// An HTTP proxy that forwards nothing and records everything: browsers launched with it send every request
// that would leave the machine here (plain requests in absolute form, HTTPS and WebSockets as CONNECT), while
// loopback addresses (our page server) stay direct. What it records is what would have left the browser.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingProxy {
  /** `127.0.0.1:<port>` */
  address: string;
  port: number;
  /** Every request seen, as `METHOD url` (`CONNECT host:port` for encrypted ones), in order. */
  readonly seen: string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('blocked by the test proxy');
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    port,
    seen,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
