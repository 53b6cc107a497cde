import pino from 'pino';
import type { Logger } from 'pino';
import { settings } from '../config';

/*
 * The server's operational log: one JSON object per line on stdout, for whatever collects it
 * (journald, a container runtime, Loki). Personal data never goes in: callers pass ids, codes and
 * durations, never variables, row values or driver messages (core/log-safe.ts describes errors).
 * The paths below are censored as a second line of defence should someone pass a request or a row.
 */
const REDACT = [
  'variables',
  '*.variables',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'password',
  '*.password',
  'idNumber',
  '*.idNumber',
  'phone',
  '*.phone',
];

let instance: Logger | undefined;

/** The process logger; its level follows LOG_LEVEL (tests start servers with other settings in one process). */
export function logger(): Logger {
  if (!instance) {
    instance = pino(
      {
        level: settings.logLevel,
        base: { pid: process.pid },
        timestamp: pino.stdTimeFunctions.isoTime,
        redact: { paths: REDACT, censor: '[withheld]' },
        formatters: { level: (label) => ({ level: label }) },
        // Written as they happen: an asynchronous buffer fell behind a busy process (the line saying
        // SIGTERM arrived was not out while its requests finished) and is lost if the process is killed.
      },
      pino.destination({ dest: 1, sync: true }),
    );
  }
  if (instance.level !== settings.logLevel) instance.level = settings.logLevel;
  return instance;
}
