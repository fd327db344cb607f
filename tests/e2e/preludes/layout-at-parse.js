// Test only: the layout the page had when its document was parsed (before the loader or
// the wasm could change anything), for a test to compare with the layout it ends in.
document.addEventListener('DOMContentLoaded', function () {
  window.__layoutAtParse = document.documentElement.getAttribute('data-layout');
});
