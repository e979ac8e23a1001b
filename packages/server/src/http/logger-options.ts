import type { FastifyServerOptions } from 'fastify';

/**
 * Logs for whoever reads them: pretty, coloured lines when a person watches a terminal; one JSON object a
 * line otherwise, for log collectors. pino-pretty runs in pino's transport thread, off the request loop.
 */
export function loggerOptions(
  level: string,
  isTerminal = process.stdout.isTTY === true,
): FastifyServerOptions['logger'] {
  if (!isTerminal) return { level };
  return {
    level,
    transport: {
      target: 'pino-pretty',
      options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', singleLine: true },
    },
  };
}
