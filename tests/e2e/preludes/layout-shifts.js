// Test only: what moved while the page loaded. Layout-shift entries where the engine has
// them (Chromium), and in every engine the headline's place when the document was parsed,
// to compare with where it is once the page has loaded.
(function () {
  window.__shifts = { sum: 0, supported: false, titleTop: null };
  try {
    if ((PerformanceObserver.supportedEntryTypes || []).indexOf('layout-shift') >= 0) {
      window.__shifts.supported = true;
      new PerformanceObserver(function (list) {
        list.getEntries().forEach(function (/** @type {any} */ entry) { if (!entry.hadRecentInput) window.__shifts.sum += entry.value; });
      }).observe({ type: 'layout-shift', buffered: true });
    }
  } catch (e) {}
  document.addEventListener('DOMContentLoaded', function () {
    window.__shifts.titleTop = document.querySelector('h1').getBoundingClientRect().top + scrollY;
  });
})();
