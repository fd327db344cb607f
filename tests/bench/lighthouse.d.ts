// Lighthouse and chrome-launcher are installed by tools/bench.sh alone (tests/bench/package.json),
// so tsc on a machine that has not run the benchmark sees these declarations: the part of their
// interfaces that lighthouse.mjs uses.
declare module 'lighthouse' {
  interface Audit { id: string, score: number | null, scoreDisplayMode: string, numericValue?: number }
  interface Result { lhr: { audits: Record<string, Audit>, categories: Record<string, { score: number }> } }
  export default function lighthouse(url: string, flags: object, config: object): Promise<Result>;
}
declare module 'chrome-launcher' {
  export function launch(options: { chromePath: string, chromeFlags: string[] }): Promise<{ port: number, kill(): void | Promise<void> }>;
}
