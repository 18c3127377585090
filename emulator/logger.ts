/**
 * Logger and console: messages go to emulator.logs (and to the real console only when the
 * emulator was created with echoLogs). Logger.log formats "%s"-style templates like Apps Script.
 */
import { inspect } from 'node:util';
import { asGas } from './gas';
import type { LogLevel, Recorder } from './recorder';

function text(value: unknown): string {
  return typeof value === 'string' ? value : inspect(value, { depth: 4, breakLength: Infinity });
}

function format(first: unknown, rest: readonly unknown[]): string {
  if (typeof first !== 'string' || rest.length === 0) return [first, ...rest].map(text).join(' ');
  let next = 0;
  const out = first.replace(/%[sdfoj%]/g, (token) => {
    if (token === '%%') return '%';
    if (next >= rest.length) return token;
    return text(rest[next++]);
  });
  return [out, ...rest.slice(next).map(text)].join(' ');
}

export class EmuLogger implements Pick<GoogleAppsScript.Base.Logger, 'clear' | 'getLog' | 'log'> {
  private lines: string[] = [];

  constructor(private readonly sink: (level: LogLevel, message: string) => void) {}

  clear(): void {
    this.lines = [];
  }

  getLog(): string {
    return this.lines.map((line) => `${line}\n`).join('');
  }

  log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    const message = format(data, values);
    this.lines.push(message);
    this.sink('log', message);
    return asGas<GoogleAppsScript.Base.Logger>(this);
  }
}

export interface EmuConsole {
  log(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
  debug(...args: unknown[]): void;
  time(label: string): void;
  timeEnd(label: string): void;
}

export function createLogging(recorder: Recorder, echo: boolean): { Logger: EmuLogger; console: EmuConsole } {
  const sink = (level: LogLevel, message: string): void => {
    recorder.logs.push({ level, message });
    if (echo) globalThis.console[level](message);
  };
  const timers = new Map<string, number>();
  const write =
    (level: LogLevel) =>
    (...args: unknown[]): void =>
      sink(level, format(args[0], args.slice(1)));
  return {
    Logger: new EmuLogger(sink),
    console: {
      log: write('log'),
      info: write('info'),
      warn: write('warn'),
      error: write('error'),
      debug: write('log'),
      time: (label) => {
        timers.set(label, Date.now());
      },
      timeEnd: (label) => {
        const start = timers.get(label);
        if (start !== undefined) sink('log', `${label}: ${Date.now() - start}ms`);
        timers.delete(label);
      },
    },
  };
}
