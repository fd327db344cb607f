// Test only: counts observers that are alive (constructed and not yet disconnected).
(function () {
  window.__observers = 0;
  ['IntersectionObserver', 'ResizeObserver'].forEach(function (name) {
    var Native = window[name];
    window[name] = class extends Native {
      constructor(...args) {
        super(...args);
        this.live = true;
        window.__observers += 1;
      }
      disconnect() {
        if (this.live) window.__observers -= 1;
        this.live = false;
        return super.disconnect();
      }
    };
  });
})();
