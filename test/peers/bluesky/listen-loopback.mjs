// Preloaded (node --import) into the local Bluesky network: dev-env's servers call `listen(port)`, which binds every
// interface. Tests only need loopback, so a listen without a host binds 127.0.0.1 instead.
import net from 'node:net';

const LOOPBACK = '127.0.0.1';
const originalListen = net.Server.prototype.listen;

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first] = args;
  if (args.length === 0 || typeof first === 'function') {
    // listen() / listen(cb): a random port on every interface.
    return originalListen.call(this, 0, LOOPBACK, ...args);
  }
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    // listen(port[, host][, backlog][, cb]): add a host only when none is given.
    if (typeof args[1] !== 'string') return originalListen.call(this, first, LOOPBACK, ...args.slice(1));
    return originalListen.apply(this, args);
  }
  if (first && typeof first === 'object' && !('_handle' in first) && !('fd' in first) && first.path === undefined && first.host === undefined) {
    // listen({ port }) without a host.
    return originalListen.call(this, { ...first, host: LOOPBACK }, ...args.slice(1));
  }
  return originalListen.apply(this, args);
};
