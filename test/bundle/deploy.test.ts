/**
 * `npm run deploy` pushes dist/ with clasp. dist/ also holds the playground and bench builds, so
 * this asks clasp itself (offline: `clasp status`) which files a push would send.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');

describe('deploying with clasp', () => {
  it('pushes exactly Code.js, Sidebar.html and appsscript.json from dist/', () => {
    const out = execFileSync(
      process.execPath,
      [join(root, 'node_modules/@google/clasp/build/src/index.js'), 'status', '--json'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );

    const { filesToPush } = JSON.parse(out) as { filesToPush: string[] };
    expect([...filesToPush].sort()).toEqual(['dist/Code.js', 'dist/Sidebar.html', 'dist/appsscript.json']);
  });

  it('reads the project from dist/, where the build writes', () => {
    const clasp = JSON.parse(readFileSync(join(root, '.clasp.json'), 'utf8')) as { rootDir: string };

    expect(clasp.rootDir).toBe('dist');
  });

  it('declares exactly the narrow scopes the README justifies', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'dist/appsscript.json'), 'utf8')) as {
      oauthScopes: string[];
      timeZone: string;
      runtimeVersion: string;
    };
    const readme = readFileSync(join(root, 'README.md'), 'utf8');

    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Europe/London');
    expect(manifest.oauthScopes.some((scope) => /gmail|drive|auth\/spreadsheets$/.test(scope))).toBe(false);
    for (const scope of manifest.oauthScopes) expect(readme).toContain(`\`${scope.split('/auth/')[1]}\``);
  });
});
