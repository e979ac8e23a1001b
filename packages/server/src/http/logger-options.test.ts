import { describe, expect, it } from 'vitest';
import { loggerOptions } from './logger-options.ts';

describe('loggerOptions', () => {
  it('writes JSON lines when stdout is not a terminal', () => {
    expect(loggerOptions('info', false)).toEqual({ level: 'info' });
  });

  it('writes pretty lines through pino-pretty on a terminal', () => {
    expect(loggerOptions('debug', true)).toMatchObject({
      level: 'debug',
      transport: { target: 'pino-pretty' },
    });
  });
});
