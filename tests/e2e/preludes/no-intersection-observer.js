// Test only: an older in-app browser without IntersectionObserver.
delete window.IntersectionObserver;
