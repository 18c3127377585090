/**
 * Runs the built add-on (dist/Code.js) on the emulator, as Apps Script does: every execution
 * (a menu item, a google.script.run call, a trigger) loads the whole script into a fresh global
 * scope and then calls one top-level function. Nothing the script keeps in module scope survives
 * between executions, as on Google's servers.
 *
 * The script's `new Date()` and `Date.now()` read the emulator's clock. When dist/ is rebuilt
 * while the playground runs, the next execution picks up the new Code.js and Sidebar.html.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { Emulator } from '../emulator';

export interface Bundle {
  code: vm.Script;
  entryPoints: string[];
  sidebarHtml: string;
  /** mtime of Code.js and Sidebar.html when read, to notice a rebuild. */
  stamp: string;
}

function stampOf(distDir: string): string {
  return ['Code.js', 'Sidebar.html', 'entry-points.json']
    .map((name) => {
      try {
        return String(statSync(join(distDir, name)).mtimeMs);
      } catch {
        return 'missing';
      }
    })
    .join('|');
}

export function readBundle(distDir: string): Bundle {
  const codePath = join(distDir, 'Code.js');
  let source: string;
  try {
    source = readFileSync(codePath, 'utf8');
  } catch {
    throw new Error(`${codePath} is missing: run "npm run build" first (npm start does).`);
  }
  const entryPoints = JSON.parse(readFileSync(join(distDir, 'entry-points.json'), 'utf8')) as string[];
  return {
    code: new vm.Script(source, { filename: 'Code.js' }),
    entryPoints,
    sidebarHtml: readFileSync(join(distDir, 'Sidebar.html'), 'utf8'),
    stamp: stampOf(distDir),
  };
}

export class Runtime {
  private bundle: Bundle;
  private readonly clockedDate: DateConstructor;

  constructor(
    readonly emu: Emulator,
    private readonly distDir: string,
  ) {
    this.bundle = readBundle(distDir);
    this.emu.files.Sidebar = this.bundle.sidebarHtml;
    this.clockedDate = emu.clock.dateClass(Date);
  }

  /** Re-reads dist/ when it was rebuilt since the last execution. */
  private refresh(): void {
    if (stampOf(this.distDir) === this.bundle.stamp) return;
    try {
      this.bundle = readBundle(this.distDir);
      this.emu.files.Sidebar = this.bundle.sidebarHtml;
    } catch {
      // Mid-rebuild: keep running the previous bundle until the files are complete.
    }
  }

  get entryPoints(): readonly string[] {
    this.refresh();
    return this.bundle.entryPoints;
  }

  has(name: string): boolean {
    return this.entryPoints.includes(name);
  }

  /** One execution: load the script into a fresh scope and call the global `name`. */
  run(name: string, ...args: unknown[]): unknown {
    this.refresh();
    if (!this.bundle.entryPoints.includes(name)) throw new Error(`Script function not found: ${name}`);
    const context = vm.createContext({ ...this.emu.globals, Date: this.clockedDate });
    // Errors the emulator throws are made with the script's own Error, so `instanceof Error` holds there.
    this.emu.useRealm({ Error: vm.runInContext('Error', context) as ErrorConstructor });
    this.bundle.code.runInContext(context);
    const fn = context[name] as (...callArgs: unknown[]) => unknown;
    return fn(...args);
  }
}
