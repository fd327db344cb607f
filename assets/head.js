// Inlined at the top of <head> by the prerenderer (its hash goes into the CSP), so the
// first paint already has the embed mode, the theme and the accent a portal asked for.
// ?embed=1 · ?theme=dark|light|auto · ?accent=RRGGBB or RGB (hex; anything else is ignored).
(function () {
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  var framed = false;
  try { framed = window.self !== window.top; } catch (e) { framed = true; }
  if (query.get('embed') === '1' || framed) root.setAttribute('data-embed', '');
  if (framed) root.setAttribute('data-framed', '');
  var theme = query.get('theme');
  if (theme === 'dark' || theme === 'light') root.setAttribute('data-theme', theme);
  var accent = (query.get('accent') || '').replace(/^#/, '');
  if (/^([0-9a-f]{3}|[0-9a-f]{6})$/i.test(accent)) root.style.setProperty('--accent-custom', '#' + accent);
})();
