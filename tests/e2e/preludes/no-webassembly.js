// Test only: a browser without WebAssembly (as iOS Lockdown Mode makes Safari).
delete window.WebAssembly;
