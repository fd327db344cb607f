// Test only: an old engine that does not know `position: sticky` (nor says it does).
(function (supports) {
  CSS.supports = /** @type {typeof CSS.supports} */ (function (/** @type {string} */ property, /** @type {string} */ value) {
    if (/sticky/.test(String(property) + String(value))) return false;
    return supports.apply(CSS, arguments);
  });
})(CSS.supports);
