// Test only: an older in-app browser without ResizeObserver.
delete window.ResizeObserver;
