/**
 * The page's script: dist/playground/client.js, which scripts/build.mjs bundles from
 * playground/client/. Read at start (its absence is an error) and again whenever it was rebuilt,
 * so a rebuild while the playground runs shows on the next page load, as the add-on's does.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const PAGE_SCRIPT = 'playground/client.js';

function modified(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

/** A function that returns the script's current text. Throws now when it was never built. */
export function pageScriptReader(distDir: string): () => string {
  const path = join(distDir, PAGE_SCRIPT);
  let stamp = modified(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${path} is missing: run "npm run build" first (npm start does).`);
  }
  return () => {
    const now = modified(path);
    if (now === null || now === stamp) return text;
    try {
      text = readFileSync(path, 'utf8');
      stamp = now;
    } catch {
      // Gone for a moment (mid-rebuild): keep the previous script.
    }
    return text;
  };
}
