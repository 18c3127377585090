// Builds what Google runs: dist/Code.js (a classic script), dist/Sidebar.html (self-contained)
// and dist/appsscript.json. Also bundles the local playground when it exists: its server
// (dist/playground/server.mjs) and its page's script (dist/playground/client.js, which the
// server inlines into the page).

import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const GLOBAL_NAME = 'SendDelegate';
mkdirSync(dist, { recursive: true });

/** Names exported by src/main.ts: each becomes a top-level function Apps Script can call. */
async function entryPointNames() {
  const probe = await build({
    entryPoints: [join(root, 'src/main.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outfile: 'probe.js',
    logLevel: 'silent',
  });
  const output = Object.values(probe.metafile.outputs)[0];
  return [...output.exports].sort();
}

async function buildServer() {
  const names = await entryPointNames();
  const result = await build({
    entryPoints: [join(root, 'src/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2020',
    platform: 'neutral',
    write: false,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
  });
  const wrappers = names
    .map((name) => `function ${name}(...args) {\n  return ${GLOBAL_NAME}.${name}(...args);\n}`)
    .join('\n');
  const code = `${result.outputFiles[0].text}\n// Entry points: one top-level function per export of src/main.ts.\n${wrappers}\n`;
  writeFileSync(join(dist, 'Code.js'), code);
  writeFileSync(join(dist, 'entry-points.json'), `${JSON.stringify(names, null, 2)}\n`);
  return names;
}

/** A browser bundle as text safe to inline in a <script> element. */
async function browserScript(entry) {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify: true,
    write: false,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
  });
  // A literal "</script" inside the inlined bundle would end the script element early.
  return result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
}

async function buildSidebar() {
  const script = await browserScript('sidebar/main.ts');
  const css = readFileSync(join(root, 'sidebar/styles.css'), 'utf8');
  const html = readFileSync(join(root, 'sidebar/index.html'), 'utf8')
    .replace('/* STYLES */', () => css)
    .replace('/* SCRIPT */', () => script);
  writeFileSync(join(dist, 'Sidebar.html'), html);
}

async function buildPlaygroundClient() {
  const script = await browserScript('playground/client/main.ts');
  // Written whole, then renamed: a running playground never reads half a script.
  const path = join(dist, 'playground/client.js');
  writeFileSync(`${path}.tmp`, script);
  renameSync(`${path}.tmp`, path);
}

async function buildPlayground() {
  const entry = join(root, 'playground/server.ts');
  if (!existsSync(entry)) return;
  mkdirSync(join(dist, 'playground'), { recursive: true });
  await buildPlaygroundClient();
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: join(dist, 'playground/server.mjs'),
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    packages: 'external',
    logLevel: 'warning',
  });
}

const names = await buildServer();
await buildSidebar();
copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
await buildPlayground();
console.log(`Built dist/Code.js (${names.length} entry points), dist/Sidebar.html, dist/appsscript.json`);
