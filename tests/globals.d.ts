// What the tests' page scripts (tests/e2e/preludes/, the host pages, the benchmark) leave
// on `window` for the tests to read, for tsc (tsconfig.tests.json).
interface Window {
  /** Every attempt of a payload to run (alert-trap.js). */
  __pwned?: unknown[];
  /** CSP violations seen in this document (csp-violations.js). */
  __violations?: unknown[];
  /** Observers alive now (count-observers.js). */
  __observers?: number;
  /** Layout shifts: their sum, whether the engine reports them, the title's place (layout-shifts.js). */
  __shifts?: { sum: number, supported: boolean, titleTop: number | null };
  /** The layout when the document was parsed (layout-at-parse.js). */
  __layoutAtParse?: string;
  /** Reads the problems the page logged (problems.js). */
  __e2eProblems?: () => unknown[];
  /** Messages a host page received from the story's frame. */
  __messages?: Array<Record<string, any>>;
  /** The benchmark's records: long tasks, the wasm's exports, when the story went live and the first scroll. */
  __longTasks?: number[];
  __wasm?: { memory?: WebAssembly.Memory };
  __liveAt?: number;
  __firstScroll?: number;
}

// Every element the tests query is an HTML or an SVG element, and both have `dataset`.
interface Element {
  readonly dataset: DOMStringMap;
}
