// Test only: a human reader whose browser asks for `languages` (data-arg; a `userAgent`
// too, if given). Automated browsers say navigator.webdriver, which the page treats as a
// crawler; this one says not.
(function (reader) {
  var define = function (name, value) {
    Object.defineProperty(Navigator.prototype, name, { get: function () { return value; }, configurable: true });
  };
  define('webdriver', false);
  define('languages', Object.freeze(reader.languages.slice()));
  define('language', reader.languages[0]);
  if (reader.userAgent) define('userAgent', reader.userAgent);
})(JSON.parse(document.currentScript.dataset.arg));
