// Inlined at the top of <head> by the prerenderer (its hash goes into the CSP), so the
// first paint already has the embed mode, the theme and the accent a portal asked for.
// ?embed=1 · ?theme=dark|light|auto · ?accent=RRGGBB or RGB (hex; anything else is ignored).
// It also picks the edition: ?lang= names one; with none, the base page (简体, at the
// root) sends a reader whose browser asks for Traditional Chinese or for no Chinese at
// all to that edition's page — never a crawler, a test browser or a portal's frame.
// Last, it adds the interactive layer (loader-*.js, named by a meta tag at the end of the
// page) once the page has painted: not even discovered before, nothing of it competes
// with the article. A page never painted (a background tab) starts when it is shown.
(function (d, n) {
  var root = d.documentElement, q = new URLSearchParams(location.search), framed = true;
  try { framed = self !== top; } catch (e) {}
  var pages = { 'zh-hans': '', 'zh-hant': 'zh-Hant/', en: 'en/' };
  var here = root.lang.toLowerCase(), asked = (q.get('lang') || '').toLowerCase();
  var want = pages.hasOwnProperty(asked) ? asked : null;
  if (!q.has('lang') && here == 'zh-hans' && !framed && !n.webdriver && !/bot|crawl|spider|lighthouse/i.test(n.userAgent)) {
    var first = (n.languages || [])[0] || n.language || '';
    want = /^zh-(hant|tw|hk|mo)/i.test(first) ? 'zh-hant' : /^zh/i.test(first) ? null : 'en';
  }
  if (want && want != here && pages.hasOwnProperty(here)) {
    var base = location.pathname.replace(/[^/]*$/, '');
    return location.replace(base.slice(0, base.length - pages[here].length) + pages[want] + location.search + location.hash);
  }
  if (q.get('embed') == '1' || framed) root.setAttribute('data-embed', '');
  if (framed) root.setAttribute('data-framed', '');
  var theme = q.get('theme'), accent = (q.get('accent') || '').replace(/^#/, '');
  if (theme == 'dark' || theme == 'light') root.setAttribute('data-theme', theme);
  if (/^([0-9a-f]{3}|[0-9a-f]{6})$/i.test(accent)) root.style.setProperty('--accent-custom', '#' + accent);
  d.addEventListener('DOMContentLoaded', function () {
    var meta = d.querySelector('meta[name="story-loader"]'), added = 0;
    var add = function () {
      if (!meta || added++) return;
      var script = d.createElement('script');
      script.type = 'module';
      script.src = meta.content;
      d.body.appendChild(script);
    };
    try {
      new PerformanceObserver(function (list, observer) { observer.disconnect(); setTimeout(add, 0); }).observe({ type: 'paint', buffered: true });
    } catch (e) {}
    if (!(window.PerformanceObserver && (PerformanceObserver.supportedEntryTypes || []).indexOf('paint') >= 0)) requestAnimationFrame(function () { setTimeout(add, 0); });
  });
})(document, navigator);
