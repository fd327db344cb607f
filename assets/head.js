// Inlined at the top of <head> by the prerenderer (its hash goes into the CSP), so the
// first paint already has the embed mode, the theme, the accent, the layout and the
// edition offer.
// ?embed=1 · ?theme=dark|light|auto · ?accent=RRGGBB or RGB (hex; anything else is ignored).
// ?lang= names an edition: a link that names one opens it. Nothing else ever moves the
// reader to another page: where the browser's first language suggests another edition,
// the page offers it in one line (html[data-offer]), dismissible and remembered; never to
// a crawler, an automated browser or a portal's frame.
// The layout (html[data-layout]): "overlay" (steps over a graphic held in view) only where
// the live layer can run — WebAssembly with the features the build uses, the observers and
// sticky positioning it needs; in a portal's frame "stepwise" until the host tells where its
// viewport is; else "linear", at once, with the reason in html[data-story-static] for the
// loader to report. Without this script (no scripting) there is no attribute: linear.
// Last, it adds the interactive layer (loader-*.js, named by data-story-loader at the end of
// the page) once the page has painted: not even discovered before, nothing of it competes
// with the article. A page never painted (a background tab) starts when it is shown.
(function (d, n, w) {
  var root = d.documentElement, q = new URLSearchParams(location.search), framed = true;
  try { framed = self !== top; } catch (e) {}
  /** @type {Record<string, string>} */
  var pages = { 'zh-hans': '', 'zh-hant': 'zh-Hant/', en: 'en/' };
  var here = root.lang.toLowerCase(), asked = (q.get('lang') || '').toLowerCase();
  if (pages.hasOwnProperty(asked) && asked != here && pages.hasOwnProperty(here)) {
    var base = location.pathname.replace(/[^/]*$/, '');
    return location.replace(base.slice(0, base.length - pages[here].length) + pages[asked] + location.search + location.hash);
  }
  if (q.get('embed') == '1' || framed) root.setAttribute('data-embed', '');
  if (framed) root.setAttribute('data-framed', '');
  var theme = q.get('theme'), accent = (q.get('accent') || '').replace(/^#/, '');
  if (theme == 'dark' || theme == 'light') root.setAttribute('data-theme', theme);
  if (/^([0-9a-f]{3}|[0-9a-f]{6})$/i.test(accent)) root.style.setProperty('--accent-custom', '#' + accent);

  // What the live layer needs; the first thing missing is the reason it cannot run. The
  // module (59 bytes) uses each wasm feature rustc's wasm32 target relies on: multi-value
  // (a type with two results), sign extension (i32.extend8_s), non-trapping float-to-int
  // (i32.trunc_sat_f32_s), reference types (ref.null extern) and bulk memory (memory.fill):
  // the floor is Chrome 96, Firefox 89, Safari 15.
  var wasm = w.WebAssembly, missing = !wasm || typeof wasm.compile != 'function' || typeof wasm.validate != 'function' ? 'wasm'
    : !wasm.validate(Uint8Array.from(atob('AGFzbQEAAAABBgFgAAJ/fwMCAQAFAwEAAAogAR4AQQDAGkMAAAAA/AAa0G8aQQBBAEEA/AsAQQBBAAs='), function (c) { return c.charCodeAt(0); })) ? 'wasm-features'
    : !w.IntersectionObserver ? 'IntersectionObserver' : !w.ResizeObserver ? 'ResizeObserver'
    : !(w.CSS && CSS.supports('position', 'sticky')) ? 'sticky' : !('noModule' in d.createElement('script')) ? 'modules' : '';
  if (missing) root.setAttribute('data-story-static', missing);
  root.setAttribute('data-layout', missing ? 'linear' : framed ? 'stepwise' : 'overlay');

  var key = 'pingdu-story:edition-offer';
  if (!framed && !q.has('lang') && !n.webdriver && !/bot|crawl|spider|lighthouse/i.test(n.userAgent)) {
    var first = (n.languages || [])[0] || n.language || '', dismissed = false;
    var want = /^zh-(hant|tw|hk|mo)/i.test(first) ? 'zh-Hant' : /^zh/i.test(first) ? 'zh-Hans' : 'en';
    try { dismissed = localStorage.getItem(key) == 'dismissed'; } catch (e) {}
    if (want.toLowerCase() != here && !dismissed) root.setAttribute('data-offer', want);
  }
  d.addEventListener('click', function (event) {
    if (!(event.target instanceof Element && event.target.closest('[data-offer-dismiss]'))) return;
    root.removeAttribute('data-offer');
    try { localStorage.setItem(key, 'dismissed'); } catch (e) {}
  });

  d.addEventListener('DOMContentLoaded', function () {
    /** @type {HTMLElement | null} */
    var named = d.querySelector('[data-story-loader]'), added = 0;
    var add = function () {
      if (!named || added++) return;
      var script = d.createElement('script');
      script.type = 'module';
      script.src = named.dataset.storyLoader || '';
      d.body.appendChild(script);
    };
    try {
      new PerformanceObserver(function (list, observer) { observer.disconnect(); setTimeout(add, 0); }).observe({ type: 'paint', buffered: true });
    } catch (e) {}
    if (!(w.PerformanceObserver && (PerformanceObserver.supportedEntryTypes || []).indexOf('paint') >= 0)) requestAnimationFrame(function () { setTimeout(add, 0); });
    // Firefox reports no paint for a reloaded page: the load event is the backstop.
    addEventListener('load', function () { setTimeout(add, 0); });
  });
})(document, navigator, window);
