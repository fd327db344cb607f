// Inlined at the top of <head> by the prerenderer (its hash goes into the CSP), so the
// first paint already has the embed mode, the theme and the accent a portal asked for.
// ?embed=1 · ?theme=dark|light|auto · ?accent=RRGGBB or RGB (hex; anything else is ignored).
// It also picks the edition: ?lang= names one; with none, the base page (简体, at the
// root) sends a reader whose browser asks for Traditional Chinese or for no Chinese at
// all to that edition's page — never a crawler, a test browser or a portal's frame.
(function () {
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  var framed = false;
  try { framed = window.self !== window.top; } catch (e) { framed = true; }
  var pages = { 'zh-hans': '', 'zh-hant': 'zh-Hant/', 'en': 'en/' };
  var here = root.lang.toLowerCase();
  var asked = (query.get('lang') || '').toLowerCase();
  var wanted = pages.hasOwnProperty(asked) ? asked : null;
  if (!query.has('lang') && here === 'zh-hans' && !framed && !navigator.webdriver
      && !/bot|crawl|spider|lighthouse/i.test(navigator.userAgent)) {
    var first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
    wanted = /^zh-(hant|tw|hk|mo)/i.test(first) ? 'zh-hant' : /^zh/i.test(first) ? null : 'en';
  }
  if (wanted && wanted !== here && pages.hasOwnProperty(here)) {
    var base = location.pathname.replace(/[^/]*$/, '');
    if (pages[here]) base = base.slice(0, base.length - pages[here].length);
    location.replace(base + pages[wanted] + location.search + location.hash);
    return;
  }
  if (query.get('embed') === '1' || framed) root.setAttribute('data-embed', '');
  if (framed) root.setAttribute('data-framed', '');
  var theme = query.get('theme');
  if (theme === 'dark' || theme === 'light') root.setAttribute('data-theme', theme);
  var accent = (query.get('accent') || '').replace(/^#/, '');
  if (/^([0-9a-f]{3}|[0-9a-f]{6})$/i.test(accent)) root.style.setProperty('--accent-custom', '#' + accent);
})();
