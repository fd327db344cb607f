// The Nu Html Checker (npm vnu-jar, run with the machine's Java) over every HTML page a
// build writes: any error fails, except the checker's own known gaps, each named below by
// its exact message. Warnings are printed, not failed.
//   node tests/html/validate.mjs [dist]
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = process.argv[2] ?? join(root, 'dist');
const jar = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '../build/dist/vnu.jar');

/**
 * Messages the checker gives for valid pages, because its CSS grammar lags the engines'.
 * Matched by the whole message, so any other CSS error still fails.
 */
export const KNOWN_GAPS = [
  {
    message: 'CSS: “aspect-ratio”: Parse Error.',
    why: 'styles/charts.css sizes a drawing by its width and height attributes with typed attr() '
      + '(CSS Values 5), inside @supports so that engines without it skip the rule; the checker '
      + 'does not know typed attr()',
  },
];

/** Every `.html` file under `dir`. */
async function pages(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name)).sort();
}

/**
 * The checker's messages on `files`.
 * @returns {Promise<{ type: string, subType?: string, url: string, lastLine?: number, message: string, extract?: string }[]>}
 */
function check(files) {
  return new Promise((resolve, reject) => {
    execFile('java', ['-jar', jar, '--format', 'json', '--stdout', ...files], { maxBuffer: 64 << 20 }, (error, stdout) => {
      // It exits 1 when it found an error: the report is what counts.
      try {
        resolve(JSON.parse(stdout).messages);
      } catch {
        reject(error ?? new Error(`the checker printed no report: ${stdout.slice(0, 500)}`));
      }
    });
  });
}

const files = await pages(dist);
if (files.length === 0) throw new Error(`no HTML page in ${dist}: build first`);
const messages = await check(files);
const where = (m) => `${relative(dist, fileURLToPath(m.url))}:${m.lastLine ?? '?'}`;
const known = (m) => KNOWN_GAPS.some((gap) => gap.message === m.message);
const errors = messages.filter((m) => (m.type === 'error' || m.type === 'non-document-error') && !known(m));
const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning');
for (const m of warnings) console.log(`warning ${where(m)}: ${m.message}`);
const gaps = messages.filter(known).length;
console.log(`${files.length} pages checked: ${errors.length} errors, ${warnings.length} warnings, ${gaps} known gaps of the checker`);
for (const m of errors) console.error(`error ${where(m)}: ${m.message}${m.extract ? `\n  in “${m.extract}”` : ''}`);
if (errors.length > 0) process.exit(1);
