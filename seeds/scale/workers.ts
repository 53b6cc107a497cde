import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import type { TransferListItem } from 'node:worker_threads';

/*
 * CPU-bound row generation (persons: two AES-GCM encryptions and an HMAC per row) in worker
 * threads, so it runs on every core while the main thread only streams the finished chunks to
 * PostgreSQL.
 */

interface Request<U> {
  index: number;
  unit: U;
}

/**
 * Runs each unit through `script` (a compiled module that calls `serveUnits`) in worker threads
 * and yields the results in unit order, so rows reach the table in generation order as they did
 * from one thread. At most `ahead` results wait for the consumer; idle workers pause meanwhile.
 */
export async function* inWorkers<U, R>(
  script: string,
  units: readonly U[],
  threads = availableParallelism(),
  ahead = 2 * threads,
): AsyncGenerator<R> {
  const workers = Array.from({ length: Math.max(1, Math.min(threads, units.length)) }, () => new Worker(script));
  const results = new Map<number, R>();
  const idle: Worker[] = [];
  let dispatched = 0;
  let consumed = 0;
  let failure: Error | undefined;
  let closing = false;
  let wake: (() => void) | undefined;
  const dispatch = (worker: Worker) => {
    if (dispatched < units.length && dispatched - consumed < ahead) {
      worker.postMessage({ index: dispatched, unit: units[dispatched] } satisfies Request<U>);
      dispatched++;
    } else {
      idle.push(worker);
    }
  };
  for (const worker of workers) {
    worker.on('message', ({ index, result }: { index: number; result: R }) => {
      results.set(index, result);
      dispatch(worker);
      wake?.();
    });
    worker.on('error', (e) => {
      failure = e;
      wake?.();
    });
    worker.on('exit', (code) => {
      if (closing) return;
      failure ??= new Error(`worker thread ${script} exited with code ${code}`);
      wake?.();
    });
    dispatch(worker);
  }
  try {
    for (let i = 0; i < units.length; i++) {
      while (!results.has(i)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const result = results.get(i)!;
      results.delete(i);
      consumed++;
      for (let n = idle.length; n > 0; n--) dispatch(idle.shift()!);
      yield result;
    }
  } finally {
    closing = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** In a worker thread started by `inWorkers`: answers each unit with `work(unit)`, moving (not copying) the buffers `transfer` names. */
export function serveUnits<U, R>(work: (unit: U) => R, transfer: (result: R) => TransferListItem[] = () => []): void {
  if (isMainThread || !parentPort) return;
  const port = parentPort;
  port.on('message', ({ index, unit }: Request<U>) => {
    const result = work(unit);
    port.postMessage({ index, result }, transfer(result));
  });
}
