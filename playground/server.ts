/**
 * `npm start`: builds, then runs this (bundled to dist/playground/server.mjs).
 *   PORT=8081 npm start     another port (default 8080)
 *   npm start -- --reset    forget the saved state and start from the seed again
 *   npm start -- --blank    start afresh with an empty spreadsheet (no register, no staff)
 *   PLAYGROUND_DIR=…        keep state somewhere other than .playground/ (the tests use this)
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPlayground } from './app';

const distDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(distDir, '..');
const args = process.argv.slice(2);
const port = process.env.PORT ? Number(process.env.PORT) : 8080;

if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}".`);
  process.exit(1);
}

try {
  const playground = await startPlayground({
    port,
    distDir,
    stateDir: process.env.PLAYGROUND_DIR || join(root, '.playground'),
    reset: args.includes('--reset') || args.includes('--blank'),
    seed: args.includes('--blank') ? 'blank' : 'school',
  });
  console.log(`SEND Delegate playground: ${playground.url}`);
  console.log('State is kept between runs; npm start -- --reset starts afresh. Ctrl+C stops.');
  const stop = () => {
    void playground.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
