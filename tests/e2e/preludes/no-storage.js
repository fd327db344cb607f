// Test only: storage blocked (as in some in-app browsers and private modes): any use throws.
Object.defineProperty(window, 'localStorage', { get: function () { throw new DOMException('blocked', 'SecurityError'); } });
