// The yardstick for our LCP: a plain static HTML page of the same article text and the
// same CSS, generated from data/ (no script, no charts), written to target/bench/static/.
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';

const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// Display texts without their break points (`|`): the static page sets them as plain text.
const plain = (t) => t.replaceAll('|', '');

export async function writeStaticPage(root) {
  const story = JSON.parse(await readFile(`${root}data/story.zh-Hans.json`, 'utf8'));
  const built = await readFile(`${root}dist/index.html`, 'utf8');
  const css = [...built.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
  const block = (b) => b.type === 'paragraph' ? `<p class="prose__p">${esc(b.text)}</p>`
    : b.type === 'quote' ? `<figure class="quote"><blockquote class="quote__body">${b.quotes.map((q) => `<p class="quote__text">“${esc(q)}”</p>`).join('')}</blockquote><figcaption class="quote__after">${esc(b.after)}</figcaption></figure>`
    : '';
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(plain(story.meta.title.text))}</title>
<meta name="description" content="${esc(plain(story.meta.standfirst.text))}"><link rel="icon" href="/favicon.svg"><style>${css}</style></head>
<body><header class="hero"><h1 class="hero__title">${esc(plain(story.meta.title.text))}</h1><p class="hero__standfirst">${esc(plain(story.meta.standfirst.text))}</p><p class="hero__byline">${esc(plain(story.meta.byline))}</p></header>
<main class="story"><div class="prose">${story.intro.map(block).join('')}</div>
${story.chapters.map((c) => `<section class="chapter" id="${c.id}"><header class="chapter__header"><p class="chapter__kicker">${esc(c.kicker)}</p><h2 class="chapter__title">${esc(plain(c.title))}</h2></header>${c.blocks.map(block).join('')}</section>`).join('\n')}
<div class="prose">${story.outro.map(block).join('')}</div></main></body></html>`;
  const dir = `${root}target/bench/static`;
  await mkdir(dir, { recursive: true });
  await writeFile(`${dir}/index.html`, html);
  const favicon = (await readdir(`${root}dist`)).find((f) => f.startsWith('favicon'));
  await copyFile(`${root}dist/${favicon}`, `${dir}/favicon.svg`);
  return dir;
}
