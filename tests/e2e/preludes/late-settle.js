// Test only: the page above a sequence settles late, and nothing scrolls when it does.
// A spacer above the investment sequence, and a hidden decoy sequence still in its linear
// layout (which holds back the page's opening), stand in for a page not yet settled. Once
// the investment sequence's watch has measured (its layout turns sticky) and its observers
// have made their first reports (two frames), the spacer goes with no scroll (no scroll
// anchoring); two frames later the decoy goes too.
(function () {
  /** @param {() => void} then */
  function afterTwoFrames(then) {
    requestAnimationFrame(function () { requestAnimationFrame(then); });
  }
  document.documentElement.style.overflowAnchor = 'none';
  document.addEventListener('DOMContentLoaded', function () {
    var sequence = document.querySelector('[data-scrolly="investment"]');
    var island = sequence && sequence.closest('[data-island]');
    if (!sequence || !island || !island.parentNode) return;
    var spacer = document.createElement('div');
    spacer.style.height = '40vh';
    island.parentNode.insertBefore(spacer, island);
    var decoy = document.createElement('div');
    decoy.hidden = true;
    decoy.setAttribute('data-scrolly', '');
    decoy.setAttribute('data-mode', 'linear');
    document.body.appendChild(decoy);
    new MutationObserver(function (_, observer) {
      var live = document.querySelector('[data-scrolly="investment"][data-mode="sticky"]');
      if (!live) return;
      observer.disconnect();
      afterTwoFrames(function () {
        spacer.remove();
        afterTwoFrames(function () { decoy.remove(); });
      });
    }).observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-mode'] });
  });
})();
