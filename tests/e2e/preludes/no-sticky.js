// Test only: an old engine that does not know `position: sticky` (nor says it does).
(function (supports) {
  CSS.supports = function (property, value) {
    if (/sticky/.test(String(property) + String(value))) return false;
    return supports.apply(CSS, arguments);
  };
})(CSS.supports);
