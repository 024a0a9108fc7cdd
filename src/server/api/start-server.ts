import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { ApiOptions } from './api-app';
import { createApiApp } from './api-app';

export interface RunningApi {
  url: string;
  close(): Promise<void>;
}

/**
 * Listens on `host:port` (0: a free port). A client that is slow to send its headers or body is cut
 * off past the request limit, so slow connections cannot hold the server's sockets.
 */
export function startApiServer(options: ApiOptions, host: string, port: number): Promise<RunningApi> {
  const app = createApiApp(options);
  const headersMs = Math.min(options.limits.requestMs, 5_000);
  // Node checks those limits every 30 s by default: a slow client would hold its socket that much longer.
  const checkEveryMs = Math.min(1_000, headersMs);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port, serverOptions: { requestTimeout: options.limits.requestMs, headersTimeout: headersMs, connectionsCheckingInterval: checkEveryMs } }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        close: () => new Promise<void>((done, fail) => {
          server.close((error) => (error ? fail(error) : done()));
          // Keep-alive connections would hold close() open until they time out.
          if ('closeAllConnections' in server) server.closeAllConnections();
        }),
      });
    });
    server.once('error', reject);
  });
}
