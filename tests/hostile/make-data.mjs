// Writes target/hostile/data/: the story's data with every text field carrying a hostile
// payload (markup, script, javascript: links, RTL and zero-width characters, a 10 000-
// letter word), for a build of the page that must show them all as inert text. Numbers,
// ids and the sentences the checker needs stay as they are, so the data still passes.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = `${root}target/hostile/data`;

export const PAYLOADS = [
  '<script>window.__pwned.push("script")</script>',
  '"><img src=x onerror="window.__pwned.push(\'img\')">',
  '<a href="javascript:window.__pwned.push(\'link\')">link</a> javascript:window.__pwned.push("text")',
  '\u202Eevil\u202C\u200B\u200D\uFEFF\u2067rtl\u2069',
  'W'.repeat(10_000),
  '<svg onload="window.__pwned.push(\'svg\')"><style>body{display:none}</style>',
  '</script><script>window.__pwned.push("break")</script>\'; window.__pwned.push("quote"); \'',
];

// Text fields, as in tools/make-hant.py; `reads`, `derived_mark` and `term_texts` must
// stay findable in the text, so they keep their words.
const TEXT_KEYS = new Set(['title', 'text', 'standfirst', 'byline', 'publisher', 'reporter', 'correspondent',
  'source_credit', 'ours_note', 'kicker', 'after', 'speaker', 'place', 'note', 'takeaway', 'name', 'label', 'context']);
const TEXT_LIST_KEYS = new Set(['quotes', 'paragraphs', 'series', 'items']);
const KEEP = new Set(['reads', 'derived_mark', 'term_texts', 'quoted', 'sentence', 'language']);

let n = 0;
/** The next payload, each occurrence its own: what it pushes is tagged with letters (no
 * digits: every number in a text must be a figure), so that no two texts share a sentence
 * (the checker fails a sentence printed twice). */
const payload = () => {
  const tag = (n + 1).toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));
  return PAYLOADS[n++ % PAYLOADS.length].replace(/push\((["'])([a-z]+)\1\)/g, `push($1$2-${tag}$1)`);
};
const hostile = (text) => `${payload()}${text}`;
// The words after a quote follow it in the article (a repair may span both): payload last.
const hostileAfter = (text) => `${text}${payload()}`;
// A display text (a heading, a label of a drawing) breaks only at its break points (|):
// its payload carries one every few characters, as an editor would have to write them.
const hostileLabel = (text) => `${payload().match(/.{1,6}/gsu).join('|')}|${text}`;

/** A sequence's steps carry a passage of the article, whose sentences the checker finds
 * across the steps: only the first step carries a payload, before the passage. */
const hostileSteps = (steps) => steps.map((step, k) => ({ ...step, text: k === 0 ? hostile(step.text) : step.text }));

/** A drawing's groups: their names and items are labels. */
const hostileGroups = (groups) => groups.map((group) => ({
  ...group,
  name: hostileLabel(group.name),
  ...(group.items ? { items: group.items.map(hostileLabel) } : {}),
}));

function walk(node, key) {
  if (Array.isArray(node)) {
    return node.map((item) => (typeof item === 'string' && TEXT_LIST_KEYS.has(key) ? hostile(item) : walk(item, key)));
  }
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => {
      // A term's text is a name the checker looks for in the words: kept.
      if (KEEP.has(k) || (key === 'terms' && k === 'text')) return [k, v];
      if (k === 'steps' && Array.isArray(v)) return [k, hostileSteps(v)];
      if (k === 'groups' && Array.isArray(v)) return [k, hostileGroups(v)];
      // Display type (the headline, standfirst, byline, headings, charts' titles) breaks
      // only at its break points too.
      if (typeof v === 'string' && (k === 'title' || k === 'byline' || (k === 'text' && ['title', 'standfirst'].includes(key)))) {
        return [k, hostileLabel(v)];
      }
      // A chart's frame and a figure's label are labels of drawings too.
      if ((k === 'context' || k === 'label' || key === 'figure_labels') && typeof v === 'string') return [k, hostileLabel(v)];
      if (typeof v === 'string' && k === 'after') return [k, hostileAfter(v)];
      if (typeof v === 'string' && (TEXT_KEYS.has(k) || ['ui', 'figure_labels', 'term_notes'].includes(key))) return [k, hostile(v)];
      return [k, walk(v, k)];
    }));
  }
  return node;
}

await mkdir(out, { recursive: true });
for (const file of ['figures.json', 'story.zh-Hans.json', 'story.zh-Hant.json', 'story.en.json']) {
  const data = JSON.parse(await readFile(`${root}data/${file}`, 'utf8'));
  await writeFile(`${out}/${file}`, `${JSON.stringify(walk(data, ''), null, 2)}\n`);
}
console.log(`hostile data written to ${out}`);
