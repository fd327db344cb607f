// Test only: what went wrong on the page, for engines whose driver cannot hear the console
// (WebKit's WebDriver has no log endpoint). Kept in sessionStorage when it can be, so a
// navigation keeps what the page before it logged; in memory where storage is refused.
(function () {
  var key = 'e2e-problems';
  var memory = [];
  var read = function () {
    try { return JSON.parse(sessionStorage.getItem(key) || '[]'); } catch (e) { return memory; }
  };
  var add = function (kind, text) {
    var list = read();
    list.push({ kind: kind, text: String(text) });
    memory = list;
    try { sessionStorage.setItem(key, JSON.stringify(list)); } catch (e) {}
  };
  var wrap = function (method, kind) {
    var original = console[method];
    console[method] = function () {
      add(kind, Array.prototype.map.call(arguments, String).join(' '));
      return original.apply(console, arguments);
    };
  };
  wrap('error', 'console error');
  wrap('warn', 'console warning');
  addEventListener('error', function (event) {
    if (event.target && event.target !== window) add('request failed', /** @type {any} */ (event.target).src || /** @type {any} */ (event.target).href);
    else add('page error', event.message);
  }, true);
  addEventListener('unhandledrejection', function (event) { add('page error', event.reason); });
  document.addEventListener('securitypolicyviolation', function (event) {
    add('console error', 'CSP ' + event.violatedDirective + ' ' + event.blockedURI);
  });
  window.__e2eProblems = read;
})();
