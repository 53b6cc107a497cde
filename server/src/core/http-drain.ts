import type http from 'node:http';
import net from 'node:net';
import type { Socket } from 'node:net';
import type { ApolloServerPlugin } from '@apollo/server';

/*
 * Draining the HTTP server when the process is told to stop, with Node's own means. The listening
 * socket closes at once, so no new connection is accepted. A busy connection gets `Connection: close`
 * on its last answer, so its client opens no further request on it, and Node closes it once that
 * answer is out. Idle keep-alive connections are closed IDLE_LINGER_MS later: a client that has just
 * had an answer may already be sending its next request on one, and closing under it reset that
 * request (one in a few runs of 16 clients looping on nested lists); in the linger such a request is
 * answered, with `Connection: close`. Apollo's drain plugin (stoppable's code) ended busy sockets after
 * their answer without telling the client; http-terminator does what this does with four dependencies.
 */

/**
 * How long connections that are idle when stopping begins stay open for a request already on its
 * way. 250 ms still reset a few requests of 16 looping clients on a loaded two-core machine, whose
 * clients took that long to send their next request; past the linger a client that sends on a
 * connection it has seen closed is the HTTP race every server has (Node's keep-alive timeout too).
 */
const IDLE_LINGER_MS = 1000;

export interface HttpDrain {
  /** True from the moment stopping began: /readyz answers 503. */
  readonly draining: boolean;
  /** Requests received and not yet answered in full. */
  readonly inFlight: number;
  /**
   * Stops accepting connections and waits until every connection has closed, at most `graceMs`;
   * then destroys what is left. Resolves to true when nothing had to be destroyed.
   */
  drain(graceMs: number, idleLingerMs?: number): Promise<boolean>;
  /** An Apollo plugin that drains when `apollo.stop()` is called (tests stop their in-process servers so, with a short linger: their clients are idle). */
  plugin(graceMs: () => number): ApolloServerPlugin;
}

export function httpDrain(server: http.Server): HttpDrain {
  /** Requests whose answer is not finished yet, per connection, in arrival order (pipelining keeps several). */
  const open = new Map<Socket, http.ServerResponse[]>();
  let draining = false;
  let drained: Promise<boolean> | undefined;

  /** The last answer on a connection closes it; earlier pipelined ones must not, or the later requests are lost. */
  const closeAfterLast = (responses: http.ServerResponse[]) => {
    responses.forEach((res, i) => {
      if (res.headersSent) return;
      if (i === responses.length - 1) res.setHeader('connection', 'close');
      else res.removeHeader('connection');
    });
  };

  // Ahead of the application's listener: a handler may answer synchronously (/readyz does).
  server.prependListener('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const socket = req.socket;
    let responses = open.get(socket);
    if (!responses) open.set(socket, (responses = []));
    responses.push(res);
    if (draining) closeAfterLast(responses);
    res.once('close', () => {
      const list = open.get(socket);
      if (!list) return;
      const at = list.indexOf(res);
      if (at >= 0) list.splice(at, 1);
      if (!list.length) open.delete(socket);
    });
  });

  return {
    get draining() {
      return draining;
    },
    get inFlight() {
      let n = 0;
      for (const responses of open.values()) n += responses.length;
      return n;
    },
    drain(graceMs, idleLingerMs = IDLE_LINGER_MS) {
      if (drained) return drained;
      draining = true;
      for (const responses of open.values()) closeAfterLast(responses);
      drained = new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => {
          // The grace period is over: what is still running is cut off.
          server.closeAllConnections();
          resolve(false);
        }, graceMs);
        // net.Server's close stops accepting and calls back once every connection has ended;
        // http.Server's own close would also close the idle ones at once (see IDLE_LINGER_MS).
        net.Server.prototype.close.call(server, () => {
          clearTimeout(timer);
          resolve(true);
        });
        // Then http.Server's close: idle connections and its timeout checks. After an I/O poll
        // (setImmediate): a request that arrived while the event loop was busy (SQLite's statements
        // block it) is read first and makes its connection busy, instead of being reset unread.
        setTimeout(() => setImmediate(() => server.close(() => undefined)), idleLingerMs);
      });
      return drained;
    },
    plugin(graceMs) {
      const drain = this.drain.bind(this);
      return {
        async serverWillStart() {
          return {
            async drainServer() {
              await drain(graceMs(), 100);
            },
          };
        },
      };
    },
  };
}
