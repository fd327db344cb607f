// The editor's loop under tools/serve.sh, on a copy of data/: a wrong number shows the
// checker's own message (file, place, problem) on the open page and as the terminal's last
// lines; fixing it brings the page back by itself; a changed sentence reaches the page.
// The times it took are printed as diagnostics (the figures for the goals: 15 s
// for a problem, 5 s for a sentence); the waits only bound how long a test may hang.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { launch } from '../e2e/browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'story-editing-'));
const data = join(work, 'data');
const storyFile = join(data, 'story.zh-Hans.json');
const notice = '[data-testid="data-problems"]';
// The first build may compile the app for the browser in the dev profile.
const FIRST_BUILD_MS = 6 * 60_000;
const REBUILD_MS = 60_000;
/**
 * @type {{ output: string, good?: string, url?: string, serve?: import('node:child_process').ChildProcess,
 *   browser?: import('playwright-core').Browser, page?: import('playwright-core').Page }}
 */
const run = { output: '' };

/** A port nothing listens on. */
const freePort = () => new Promise((resolve, reject) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
    server.close(() => resolve(port));
  }).on('error', reject);
});

/** Resolves once `condition()` holds, polling the serve output; rejects after `ms`. */
async function until(condition, ms, what) {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`no ${what} in ${ms} ms; tools/serve.sh printed:\n${run.output.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The lines tools/serve.sh printed last, blank lines left out. */
const lastLines = (count) => run.output.trimEnd().split('\n').filter((line) => line.trim()).slice(-count);

const builds = () => run.output.split('✅ success').length - 1;

before(async () => {
  cpSync(join(root, 'data'), data, { recursive: true });
  run.good = readFileSync(storyFile, 'utf8');
  const port = await freePort();
  run.url = `http://127.0.0.1:${port}/`;
  run.serve = spawn('bash', ['tools/serve.sh', '--port', String(port), '--dist', join(work, 'dist'), '--watch', data], {
    cwd: root,
    env: { ...process.env, STORY_DATA_DIR: data, CARGO_TERM_COLOR: 'never' },
    detached: true,
  });
  for (const stream of [run.serve.stdout, run.serve.stderr]) stream.on('data', (chunk) => { run.output += chunk; });
  await until(() => builds() >= 1, FIRST_BUILD_MS, 'first build');
  run.browser = await launch();
  run.page = await run.browser.newPage();
  await run.page.goto(run.url);
  await run.page.waitForSelector('#story[data-prerendered]');
});

after(async () => {
  await run.browser?.close();
  // The whole group: bash, trunk, and any cargo it started.
  if (run.serve?.pid) {
    try { process.kill(-run.serve.pid, 'SIGTERM'); } catch { /* already gone */ }
  }
  rmSync(work, { recursive: true, force: true });
});

test('a wrong number shows the checker’s message on the page and last in the terminal', async (t) => {
  const saved = Date.now();
  writeFileSync(storyFile, run.good.replace('项目343个', '项目344个'));
  const shown = await run.page.waitForSelector(notice, { timeout: REBUILD_MS });
  t.diagnostic(`notice on the page ${Date.now() - saved} ms after the save`);
  const text = await shown.textContent();
  for (const part of ['story.zh-Hans.json', 'meta › standfirst', 'the number 344', 'figures.json']) {
    assert.ok(text.includes(part), `the notice says ${part}: ${text}`);
  }
  // The story under it is the one that last checked.
  assert.ok(await run.page.locator('#story').textContent().then((story) => story.includes('项目343个')));
  await until(() => lastLines(1)[0]?.includes('meta › standfirst: the number 344'), REBUILD_MS, 'message last');
  assert.match(lastLines(1)[0], /story\.zh-Hans\.json: meta › standfirst: the number 344 .*figures\.json/);
});

test('fixing the data brings the page back by itself', async (t) => {
  const saved = Date.now();
  writeFileSync(storyFile, run.good);
  await run.page.waitForSelector(notice, { state: 'detached', timeout: REBUILD_MS });
  t.diagnostic(`page recovered ${Date.now() - saved} ms after the save`);
  assert.ok(await run.page.locator('#story[data-prerendered]').isVisible());
  await until(() => lastLines(1)[0]?.includes('✅ success'), REBUILD_MS, 'a clean last line');
});

test('a changed sentence reaches the open page', async (t) => {
  const saved = Date.now();
  writeFileSync(storyFile, run.good.replace('跟随滚动', '随着滚动'));
  await run.page.waitForFunction(() => document.getElementById('story')?.textContent?.includes('随着滚动'), null, {
    timeout: REBUILD_MS,
  });
  t.diagnostic(`sentence on the page ${Date.now() - saved} ms after the save`);
  assert.equal(await run.page.locator(notice).count(), 0);
});
