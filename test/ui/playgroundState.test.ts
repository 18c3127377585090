/**
 * The playground's memory and its command line: state survives a restart, --reset reseeds, and
 * `node dist/playground/server.mjs` (what npm start runs) prints its URL and explains a busy port.
 * No browser: these talk HTTP to the server.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, startTestPlayground } from './harness/playground';

jest.setTimeout(20_000);

const SEEDED_EMAILS = 4;

async function post(url: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(url, { method: 'POST', body: JSON.stringify(body) });
  return (await response.json()) as Record<string, unknown>;
}

async function delegateOne(url: string): Promise<void> {
  const state = (await post(`${url}/rpc`, { fn: 'getSidebarState', args: [] })).value as {
    pupils: { id: string }[];
  };
  const reply = await post(`${url}/rpc`, {
    fn: 'delegateTask',
    args: [
      {
        requestId: 'restart-1',
        pupilIds: [state.pupils[3]!.id],
        assigneeEmails: ['jo.smith@example.school'],
        title: 'Check reading age',
        dueDate: '2027-01-20',
      },
    ],
  });
  expect(reply).toMatchObject({ ok: true, value: { taskIds: [expect.any(String)] } });
}

describe('playground state', () => {
  it('keeps the workbook, outbox and clock across a restart; reset starts from the seed', async () => {
    const first = await startTestPlayground();
    const { stateDir } = first;
    expect(first.emu.outbox).toHaveLength(SEEDED_EMAILS);
    await delegateOne(first.url);
    await first.close();

    const second = await startTestPlayground({ stateDir });
    expect(second.emu.outbox).toHaveLength(SEEDED_EMAILS + 1);
    expect(second.emu.sheetNames()).toContain('Tasks – J Smith');
    expect(second.emu.clock.now().toISOString()).toMatch(/^2027-01-11T08:0/);
    await second.close();

    const reset = await startTestPlayground({ stateDir, reset: true });
    expect(reset.emu.outbox).toHaveLength(SEEDED_EMAILS);
    expect(reset.emu.sheetNames()).not.toContain('Tasks – J Smith');
    await reset.dispose();
  });
});

describe('npm start (dist/playground/server.mjs)', () => {
  const children: ChildProcessWithoutNullStreams[] = [];
  let stateDir: string;

  beforeAll(() => {
    stateDir = mkdtempSync(join(tmpdir(), 'send-playground-cli-'));
  });

  afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(stateDir, { recursive: true, force: true });
  });

  function serve(port: number, ...args: string[]) {
    const child = spawn(process.execPath, [join(DIST, 'playground/server.mjs'), ...args], {
      env: { ...process.env, PORT: String(port), PLAYGROUND_DIR: stateDir },
    });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', () => {
        const match = /SEND Delegate playground: (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
        if (match) resolve(match[1]!);
      });
      void exited.then((code) => reject(new Error(`exited with ${code}: ${stderr}`)));
    });
    // Not every caller awaits the URL (a busy port never prints one).
    url.catch(() => undefined);
    return { child, url, exited, output: () => ({ stdout, stderr }) };
  }

  it('prints its URL, reseeds with --reset, and says clearly when the port is busy', async () => {
    const first = serve(0);
    const url = await first.url;
    await delegateOne(url);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const kept = serve(0);
    const keptUrl = await kept.url;
    const state = (await (await fetch(`${keptUrl}/api/state`)).json()) as { outbox: unknown[] };
    expect(state.outbox).toHaveLength(SEEDED_EMAILS + 1);

    const busyPort = Number(new URL(keptUrl).port);
    const busy = serve(busyPort, '--reset');
    expect(await busy.exited).toBe(1);
    expect(busy.output().stderr).toContain(`Port ${busyPort} is already in use`);
    expect(busy.output().stderr).toContain('PORT=');
    // It gave up before touching the saved state, --reset notwithstanding.
    const saved = JSON.parse(readFileSync(join(stateDir, 'state.json'), 'utf8')) as { outbox: unknown[] };
    expect(saved.outbox).toHaveLength(SEEDED_EMAILS + 1);
    kept.child.kill('SIGTERM');
    await kept.exited;

    const reset = serve(0, '--reset');
    const resetUrl = await reset.url;
    const fresh = (await (await fetch(`${resetUrl}/api/state`)).json()) as { outbox: unknown[] };
    expect(fresh.outbox).toHaveLength(SEEDED_EMAILS);
    reset.child.kill('SIGTERM');
    await reset.exited;
  });
});
