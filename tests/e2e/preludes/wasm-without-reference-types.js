// Test only: an engine without wasm reference types: a module using `ref.null extern`
// (bytes 0xd0 0x6f) does not validate.
(function (validate) {
  WebAssembly.validate = function (/** @type {any} */ bytes) {
    return Array.prototype.join.call(new Uint8Array(bytes)).indexOf('208,111') < 0 && validate.call(WebAssembly, bytes);
  };
})(WebAssembly.validate);
