// What every end-to-end file shares: the story's data, and a server for dist/ with a
// browser of the chosen engine (engines/index.mjs), started before the file's tests and
// stopped after them.
import { after, before } from 'node:test';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { engine, startBrowser } from './engines/index.mjs';
import { serve } from './serve.mjs';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const story = JSON.parse(await readFile(`${root}data/story.zh-Hans.json`, 'utf8'));
export const figures = JSON.parse(await readFile(`${root}data/figures.json`, 'utf8'));

/** A display text as a reader sees it: its break points (`|`, `content::display::BREAK`) taken out. */
export const plain = (text) => text.replaceAll('|', '');

/** Every paragraph of the article as the data holds it: quotes, and the passages a
 * sequence's steps carry (one card each), included. */
export function articleTexts() {
  const blocks = [...story.intro, ...story.chapters.flatMap((c) => c.blocks), ...story.outro];
  const texts = (b) => ({ paragraph: [b.text], quote: [...(b.quotes ?? []), b.after], scrolly: (b.steps ?? []).map((s) => s.text) })[b.type] ?? [];
  return blocks.flatMap(texts);
}

/** Where screenshots for a person to look at go, named by engine. */
export function artifact(name) {
  return fileURLToPath(new URL(`./artifacts/${engine.name}/${name}`, import.meta.url));
}

/** Serves dist/ and starts the engine for the calling file; `.server` and `.browser` once started. */
export function storyFixture() {
  const fixture = {};
  before(async () => {
    await mkdir(new URL(`./artifacts/${engine.name}/`, import.meta.url), { recursive: true });
    fixture.server = await serve(`${root}dist`);
    fixture.browser = await startBrowser();
  });
  after(async () => {
    await fixture.browser?.close();
    fixture.server?.close();
  });
  return fixture;
}
