// npm run bench: bundles scripts/bench.ts (which uses the emulator and dist/Code.js) and runs it.

import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'dist/bench.mjs');
await build({
  entryPoints: [join(root, 'scripts/bench.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outfile,
  packages: 'external',
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
