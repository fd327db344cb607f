// Loads the story's interactive layer (the wasm) over the prerendered article, once the
// reader reads on (see `startWhenReading`). If this browser cannot run it, or it fails to
// arrive, the article stays as it is — complete, readable, and claiming nothing
// interactive — and one clear line goes to the console. The head script adds this module
// once the page has painted; an external file, so a strict Content-Security-Policy needs
// no inline script.
/** The element ending the body that names the page's files. */
const named = /** @type {HTMLElement | null} */ (document.querySelector('[data-story-loader]'));
const glue = named?.dataset.storyGlue;
const wasm = named?.dataset.storyWasm;

/**
 * Why the head script found the live layer cannot run here (html[data-story-static]).
 * @type {Record<string, string>}
 */
const CANNOT_RUN = {
  wasm: 'this browser runs no WebAssembly',
  'wasm-features': 'this browser’s WebAssembly lacks features the story needs (Chrome 96, Firefox 89, Safari 15 or newer)',
  IntersectionObserver: 'this browser lacks IntersectionObserver, which the scroll steps need',
  ResizeObserver: 'this browser lacks ResizeObserver, which the charts and steps need',
  sticky: 'this browser cannot hold the graphic in view (position: sticky)',
  modules: 'this browser runs no JavaScript modules',
};

/**
 * The prerendered page goes back to its plain, linear layout.
 * @param {string} message
 * @param {string} [detail]
 */
function stayStatic(message, detail) {
  const root = document.documentElement;
  if (!root.dataset.storyStatic) root.dataset.storyStatic = 'failed';
  root.dataset.layout = 'linear';
  console.warn(`平度 story: ${message}; the article is shown without its interactive layer.`, ...(detail ? [detail] : []));
}

/**
 * Fetches and compiles the wasm, then runs it. Compiled from its whole bytes rather than
 * streamed: streaming decodes each chunk on the main thread as it arrives (20–35 ms at 4×
 * CPU, while the reader scrolls); `WebAssembly.compile` does it all on another thread.
 * V8 compiles each function at its first call anyway, so streaming would win little.
 */
async function start(/** @type {string} */ glueUrl, /** @type {string} */ wasmUrl) {
  try {
    const [{ default: init }, module] = await Promise.all([import(glueUrl), compileWasm(wasmUrl)]);
    const exports = await init({ module_or_path: module });
    dispatchEvent(new CustomEvent('story:started', { detail: { wasm: exports } }));
  } catch (error) {
    stayStatic('the interactive layer did not load', String(error));
  }
}

/** @param {string} wasmUrl */
async function compileWasm(wasmUrl) {
  const response = await fetch(wasmUrl);
  if (!response.ok) throw new Error(`${wasmUrl} answered HTTP ${response.status}`);
  return WebAssembly.compile(await response.arrayBuffer());
}

/**
 * In a portal's frame (html[data-framed], set by the head script): tells the host the
 * story's height whenever it changes, in the three protocols portals run — Pym.js (for
 * the childId Pym or our embed.js put in the URL), Datawrapper and AMP — and learns from
 * the host where its viewport is (Pym's `viewport-iframe-position`), so the scroll steps
 * can follow the host's scrolling. Runs without the wasm: a frame is sized right even
 * where WebAssembly never runs. Only the parent window is listened to; only exact
 * message shapes with finite numbers are taken.
 */
function speakToHost() {
  const root = document.documentElement;
  if (!root.hasAttribute('data-framed')) return;
  const childId = new URLSearchParams(location.search).get('childId') ?? '';
  const pymId = /^[A-Za-z0-9_-]{1,64}$/.test(childId) ? childId : null;
  /** @param {unknown} message */
  const post = (message) => window.parent.postMessage(message, '*');
  /** @param {string} type @param {string} value */
  const pym = (type, value) => pymId && post(['pym', pymId, type, value].join('xPYMx'));

  let sentHeight = 0;
  /** @param {boolean} always */
  const sendHeight = (always) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (!(height > 0) || (height === sentHeight && !always)) return;
    sentHeight = height;
    pym('height', String(height));
    post({ 'datawrapper-height': { [pymId ?? 'pingdu-story']: height } });
    post({ sentinel: 'amp', type: 'embed-size', height });
  };
  new ResizeObserver(() => sendHeight(false)).observe(root);

  let hostHeight = 0;
  /** @param {string} value */
  const takeViewport = (value) => {
    const numbers = value.split(' ');
    if (numbers.length !== 6 || !numbers.every((n) => /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(n))) return;
    const [width, height, top] = numbers.map(Number);
    if (!(width > 0 && width < 1e5 && height > 0 && height < 1e5 && Math.abs(top) < 1e7)) return;
    /** @type {Window & { storyHostViewport?: { top: number, height: number } }} */ (window).storyHostViewport =
      Object.freeze({ top, height });
    if (height !== hostHeight) {
      hostHeight = height;
      // The story's vh inside the frame is the host's, not the frame's (its whole height).
      root.style.setProperty('--story-vh', `${height / 100}px`);
    }
    if (!root.hasAttribute('data-host-viewport')) {
      root.setAttribute('data-host-viewport', '');
      // The engine can now hold the graphic in the host's view: steps pass over it.
      if (root.dataset.layout === 'stepwise') root.dataset.layout = 'overlay';
    }
    dispatchEvent(new Event('story:viewport'));
  };

  addEventListener('message', (event) => {
    if (event.source !== window.parent || typeof event.data !== 'string' || !pymId) return;
    const parts = event.data.split('xPYMx');
    if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== pymId) return;
    const [, , type, value] = parts;
    if (type === 'width' && /^\d+(\.\d+)?$/.test(value)) requestAnimationFrame(() => sendHeight(true));
    else if (type === 'viewport-iframe-position') takeViewport(value);
  });
  // A step reached by keyboard asks the host to scroll to it (the frame itself cannot).
  addEventListener('story:scroll-to', (event) => {
    const position = Number(/** @type {CustomEvent} */ (event).detail);
    if (Number.isFinite(position) && Math.abs(position) < 1e7) pym('scrollToChildPos', String(Math.round(position)));
  });
  sendHeight(true);
  // Ask for the host's viewport now; hosts that track scrolling keep sending it.
  pym('parentPositionInfo', '');
}

/**
 * A link to another edition (the switch, the offer) keeps the reader's place (the hash
 * names the step or chapter) and, in a portal's frame, the embed parameters (embed,
 * childId, theme, accent). The link's path names the edition: a `lang` here would not.
 */
function keepPlaceAcrossEditions() {
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-edition]') : null;
    if (!(link instanceof HTMLAnchorElement)) return;
    const url = new URL(link.href);
    const params = new URLSearchParams(location.search);
    params.delete('lang');
    url.search = params.toString();
    url.hash = location.hash;
    link.href = url.href;
  });
}

/**
 * The first screen is static HTML: the hero and the opening paragraphs need no wasm. So
 * the wasm (about 120 KB) is fetched when the reader shows they are reading on — a
 * scroll, a wheel, a key, a touch or a click — or when a part that has behaviour is
 * already on screen (a link into the middle of the story, a restored scroll position, a
 * tall screen). A reader who reads the first screen and leaves never pays for it; one who
 * reads on has it long before the first sequence, three screens down. In a portal's
 * frame it starts at once: the host loads the frame only near its reader's screen, and
 * the frame sees none of the host's scrolling. `html[data-story-waiting]` says it waits.
 */
function startWhenReading() {
  const root = document.documentElement;
  // A browser that cannot run it has read the static layout from the start (the head script
  // saw to it); here it is only said why.
  const cannot = root.dataset.storyStatic;
  if (cannot) {
    stayStatic(CANNOT_RUN[cannot] ?? cannot);
    return;
  }
  if (!glue || !wasm) return;
  if (root.hasAttribute('data-framed')) {
    start(glue, wasm);
    return;
  }
  const intents = ['scroll', 'wheel', 'keydown', 'pointerdown', 'touchstart'];
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    for (const type of intents) removeEventListener(type, go, true);
    onScreen.disconnect();
    root.removeAttribute('data-story-waiting');
    start(glue, wasm);
  };
  // Islands hold the parts with behaviour; the reading-progress bar is page chrome.
  const onScreen = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) go();
  });
  for (const island of document.querySelectorAll('[data-island]:not([data-island="progress"]) > :first-child')) {
    onScreen.observe(island);
  }
  for (const type of intents) addEventListener(type, go, { capture: true, passive: true });
  root.setAttribute('data-story-waiting', '');
}

/**
 * The embed panel's copy buttons (prerendered, hidden until now): each copies the snippet
 * its `data-copy` names. Where the clipboard refuses (a sandboxed frame, an older browser)
 * the snippet is selected for the reader to copy by hand. The panel holds the edition's
 * words for either outcome (`data-copied`, `data-copy-failed`), said in the button's status.
 */
function offerCopies() {
  for (const button of document.querySelectorAll('[data-copy]')) {
    if (button.parentElement) button.parentElement.hidden = false;
  }
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-copy]') : null;
    const panel = button?.closest('[data-copied]');
    const code = document.getElementById(button?.getAttribute('data-copy') ?? '');
    if (!button || !(panel instanceof HTMLElement) || !code) return;
    const say = (/** @type {string | undefined} */ words) => {
      for (const status of panel.querySelectorAll('[role="status"]')) status.textContent = '';
      const status = button.parentElement?.querySelector('[role="status"]');
      if (status) status.textContent = words ?? '';
    };
    // Where there is no clipboard at all, the call throws, and the promise rejects.
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(code.textContent ?? ''))
      .then(() => say(panel.dataset.copied), () => {
        getSelection()?.selectAllChildren(code);
        say(panel.dataset.copyFailed);
      });
  });
}

speakToHost();
keepPlaceAcrossEditions();
offerCopies();
startWhenReading();
