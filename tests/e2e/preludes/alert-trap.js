// Test only: any payload that manages to run calls alert(); the trap records it.
window.__pwned = [];
window.alert = function (message) { window.__pwned.push('alert ' + message); };
document.addEventListener('securitypolicyviolation', function (e) { window.__pwned.push('csp ' + e.violatedDirective); });
