// Test only: the order in which the page's sequences go live (their scroll engine takes
// over: data-mode="sticky"), for a test of which islands hydrate first.
window.__sequencesLive = [];
new MutationObserver(function (records) {
  records.forEach(function (record) {
    var element = /** @type {Element} */ (record.target);
    var id = element.getAttribute('data-scrolly');
    if (id && element.getAttribute('data-mode') === 'sticky' && window.__sequencesLive.indexOf(id) < 0) window.__sequencesLive.push(id);
  });
}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-mode'] });
