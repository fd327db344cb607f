/*
 * 平度 story — embed loader for portals.
 *
 *   <div data-pingdu-story></div>
 *   <script src="https://…/embed.js" async></script>
 *
 * Puts the story in a lazily loaded iframe in each such div, sizes the iframe to the
 * story's height (the story posts it, Pym.js-style, whenever it changes), and tells the
 * story where the host's viewport is as the reader scrolls, so its steps follow; it
 * scrolls to a step the reader reaches by keyboard when the story asks. Messages
 * are taken only from our own iframes (matched by event.source) and only in the exact
 * shape with a plain number. Optional attributes on the div: data-theme="dark|light|auto",
 * data-accent="RRGGBB", data-title (the iframe's accessible name), data-src (the story's
 * address; default: index.html beside this script).
 */
(function () {
  'use strict';
  var script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  var base = (script && script.src) || location.href;
  /** @typedef {{ id: string, iframe: HTMLIFrameElement, origin: string, spoken: boolean }} Frame */
  /** @type {Frame[]} */
  var frames = [];
  var pending = 0;

  /** @param {Element} host @param {string} id */
  function storyUrl(host, id) {
    var url = new URL(host.getAttribute('data-src') || 'index.html', base);
    url.searchParams.set('embed', '1');
    url.searchParams.set('childId', id);
    var theme = host.getAttribute('data-theme');
    if (theme === 'dark' || theme === 'light' || theme === 'auto') url.searchParams.set('theme', theme);
    var accent = (host.getAttribute('data-accent') || '').replace(/^#/, '');
    if (/^([0-9a-f]{3}|[0-9a-f]{6})$/i.test(accent)) url.searchParams.set('accent', accent);
    return url;
  }

  /** @param {Element} host @param {number} n */
  function mount(host, n) {
    host.setAttribute('data-pingdu-story-mounted', '');
    var id = 'pingdu-story-' + n;
    var url = storyUrl(host, id);
    var iframe = document.createElement('iframe');
    iframe.src = url.href;
    iframe.title = host.getAttribute('data-title') || '平度 story';
    iframe.loading = 'lazy';
    iframe.setAttribute('scrolling', 'no');
    // Through the CSSOM: a host's strict style-src does not forbid it.
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.style.minWidth = '100%';
    iframe.style.height = '800px';
    iframe.style.border = '0';
    // `spoken`: the story has sent its first message. Before that the lazy iframe may still
    // hold its first, empty document (this page's origin), and a message for the story's
    // origin would be refused with an error on the portal's console (Firefox does).
    var frame = { id: id, iframe: iframe, origin: url.origin, spoken: false };
    frames.push(frame);
    host.appendChild(iframe);
  }

  /** @param {Frame} frame */
  function sendPosition(frame) {
    var target = frame.iframe.contentWindow;
    if (!target || !frame.spoken) return;
    var r = frame.iframe.getBoundingClientRect();
    var viewport = [window.innerWidth, window.innerHeight, r.top, r.left, r.bottom, r.right];
    var message = ['pym', frame.id, 'viewport-iframe-position', viewport.join(' ')].join('xPYMx');
    // A sandboxed story has the opaque origin "null", which no targetOrigin names.
    target.postMessage(message, frame.iframe.hasAttribute('sandbox') ? '*' : frame.origin);
  }

  // One position per frame, only for iframes near the screen.
  function onViewportChange() {
    if (pending) return;
    pending = requestAnimationFrame(function () {
      pending = 0;
      var height = window.innerHeight;
      frames.forEach(function (frame) {
        var r = frame.iframe.getBoundingClientRect();
        if (r.bottom > -height && r.top < 2 * height) sendPosition(frame);
      });
    });
  }

  /** @param {MessageEvent} event */
  function onMessage(event) {
    if (typeof event.data !== 'string') return;
    var frame = null;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].iframe.contentWindow === event.source) frame = frames[i];
    }
    if (!frame) return;
    var parts = event.data.split('xPYMx');
    if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== frame.id) return;
    frame.spoken = true;
    if (parts[2] === 'height' && /^\d{1,6}$/.test(parts[3])) {
      var height = Number(parts[3]);
      if (height > 0) frame.iframe.style.height = height + 'px';
    } else if (parts[2] === 'parentPositionInfo') {
      sendPosition(frame);
    } else if (parts[2] === 'scrollToChildPos' && /^-?\d{1,7}$/.test(parts[3])) {
      // The story asks to bring a place of it into view (a step reached by keyboard).
      var top = frame.iframe.getBoundingClientRect().top + window.pageYOffset + Number(parts[3]);
      var smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      window.scrollTo({ top: top, behavior: smooth ? 'smooth' : 'auto' });
    }
  }

  function start() {
    var hosts = document.querySelectorAll('[data-pingdu-story]:not([data-pingdu-story-mounted])');
    for (var i = 0; i < hosts.length; i++) mount(hosts[i], frames.length + 1);
  }

  window.addEventListener('message', onMessage);
  window.addEventListener('scroll', onViewportChange, { passive: true });
  window.addEventListener('resize', onViewportChange, { passive: true });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
