// Test only: the story's mount point becomes a fixed-height scroller, as on a host page
// that scrolls an element rather than the document (no CSP on the plain test server).
document.addEventListener('DOMContentLoaded', function () {
  var style = document.createElement('style');
  style.textContent = 'html, body { height: 100%; overflow: hidden; } #story { height: 100%; overflow-y: auto; }';
  document.head.append(style);
});
