// Test only: none of the page's fonts exist (a style added once the document is parsed;
// the plain test server sends no Content-Security-Policy).
document.addEventListener('DOMContentLoaded', function () {
  var style = document.createElement('style');
  style.textContent = '*, svg text { font-family: "No Such Font" !important; }';
  document.head.append(style);
});
