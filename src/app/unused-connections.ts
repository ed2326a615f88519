/**
 * Lets the server close without waiting for connections that never carried a request. Browsers open such sockets
 * ahead of need (preconnect), and HTTP clients keep spares; Node's `closeIdleConnections`, which Fastify calls on
 * close, leaves them, so shutdown waited for Node's headers timeout (60 to 90 s) — past the 30 s after which
 * `chorus start` gives up and exits with an error. A connection that carried a request is left to Node and Fastify:
 * an answer in flight is finished, an idle keep-alive one is closed.
 */
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';

export function closeUnusedConnectionsOnShutdown(app: FastifyInstance): void {
  const unused = new Set<Socket>();
  app.server.on('connection', (socket: Socket) => {
    unused.add(socket);
    socket.once('close', () => unused.delete(socket));
  });
  app.addHook('onRequest', (request, _reply, done) => {
    unused.delete(request.raw.socket);
    done();
  });
  app.addHook('preClose', async () => {
    for (const socket of unused) socket.destroy();
    unused.clear();
  });
}
