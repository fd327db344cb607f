// Loads the story's interactive layer (the wasm) over the prerendered article. If this
// browser cannot run it, or it fails to arrive, the article stays as it is — complete,
// readable, and claiming nothing interactive — and one clear line goes to the console.
// An external module, so a strict Content-Security-Policy needs no inline script.
const glue = document.querySelector('meta[name="story-glue"]')?.content;
const wasm = document.querySelector('meta[name="story-wasm"]')?.content;

async function start() {
  if (!glue || !wasm) return;
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    console.warn('平度 story: this browser runs no WebAssembly; the article is shown without its interactive layer.');
    return;
  }
  try {
    const { default: init } = await import(glue);
    const exports = await init({ module_or_path: wasm });
    dispatchEvent(new CustomEvent('story:started', { detail: { wasm: exports } }));
  } catch (error) {
    console.warn('平度 story: the interactive layer did not load; the article is shown without it.', String(error));
  }
}

start();
