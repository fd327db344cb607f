// Loads the story's interactive layer (the wasm) over the prerendered article. If this
// browser cannot run it, or it fails to arrive, the article stays as it is — complete,
// readable, and claiming nothing interactive — and one clear line goes to the console.
// An external module, so a strict Content-Security-Policy needs no inline script.
const glue = document.querySelector('meta[name="story-glue"]')?.content;
const wasm = document.querySelector('meta[name="story-wasm"]')?.content;

/** The prerendered page goes back to its plain, linear layout. */
function stayStatic(message, detail) {
  document.documentElement.dataset.storyStatic = 'true';
  console.warn(`平度 story: ${message}; the article is shown without its interactive layer.`, ...(detail ? [detail] : []));
}

/** Resolves once the page has painted (or after a second, for a page that is not shown). */
function afterFirstPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 1000);
  });
}

async function start() {
  if (!glue || !wasm) return;
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    stayStatic('this browser runs no WebAssembly');
    return;
  }
  // The article paints first; the interactive layer is fetched and started after.
  await afterFirstPaint();
  try {
    const { default: init } = await import(glue);
    const exports = await init({ module_or_path: wasm });
    dispatchEvent(new CustomEvent('story:started', { detail: { wasm: exports } }));
  } catch (error) {
    stayStatic('the interactive layer did not load', String(error));
  }
}

start();
