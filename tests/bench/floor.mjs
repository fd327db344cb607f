// Yew's floor: the glue and wasm of tests/bench/yew-floor, the smallest app that hydrates a
// prerendered page with Yew, built as the story's wasm is (its release profile, the same
// Yew and wasm-bindgen, the wasm-opt options of index.html). What any page that hydrates
// with Yew downloads before a byte of its own story.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';

import { brotli } from './live-bytes.mjs';

/** The `[profile.release]` table of a Cargo.toml, as written. */
const releaseProfile = (toml) => toml.match(/\[profile\.release\]\n([^[]*)/)?.[1].trim();

/** The version Cargo.lock pins for a package. */
const locked = (lock, name) => lock.match(new RegExp(`name = "${name}"\\nversion = "([^"]+)"`))?.[1];

/**
 * Builds the floor and returns its brotli bytes. Throws if it is not built as the story's
 * wasm is: a floor built otherwise would measure something else.
 * @returns {Promise<{ glue: number, wasm: number }>}
 */
export async function yewFloor(root) {
  const crate = `${root}tests/bench/yew-floor`;
  const [ours, floor] = await Promise.all([readFile(`${root}Cargo.toml`, 'utf8'), readFile(`${crate}/Cargo.toml`, 'utf8')]);
  if (releaseProfile(ours) !== releaseProfile(floor)) throw new Error(`${crate}/Cargo.toml: [profile.release] differs from Cargo.toml's`);
  const out = `${root}target/bench/yew-floor`;
  await mkdir(out, { recursive: true });
  const run = (command, args, cwd = root) => execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  run('cargo', ['build', '--release', '--locked', '--target', 'wasm32-unknown-unknown', '--target-dir', `${out}/cargo`], crate);
  const [ourLock, floorLock] = await Promise.all([readFile(`${root}Cargo.lock`, 'utf8'), readFile(`${crate}/Cargo.lock`, 'utf8')]);
  for (const name of ['yew', 'wasm-bindgen']) {
    if (locked(ourLock, name) !== locked(floorLock, name)) throw new Error(`${crate}/Cargo.lock: ${name} is not Cargo.lock's`);
  }
  run('wasm-bindgen', ['--target', 'web', '--out-dir', out, '--out-name', 'floor', `${out}/cargo/wasm32-unknown-unknown/release/yew-floor.wasm`]);
  // The options of the story's main build (index.html's first rust link).
  const html = await readFile(`${root}index.html`, 'utf8');
  const link = html.match(/<link data-trunk rel="rust"[^>]*>/)?.[0] ?? '';
  const level = link.match(/data-wasm-opt="([^"]+)"/)?.[1];
  const params = link.match(/data-wasm-opt-params="([^"]+)"/)?.[1].split(' ') ?? [];
  if (!level) throw new Error('index.html: the main rust link names no data-wasm-opt level');
  run('wasm-opt', [`-O${level}`, ...params, `${out}/floor_bg.wasm`, '-o', `${out}/floor_bg.wasm`]);
  return { glue: brotli(await readFile(`${out}/floor.js`)), wasm: brotli(await readFile(`${out}/floor_bg.wasm`)) };
}
