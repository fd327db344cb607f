// Page object for the story: what a reader can find on it, by test id and contract
// attributes. Written against engines/page.mjs, so it reads the same in every engine.

/**
 * A reader's first move: the loader waits for one (html[data-story-waiting]) before it
 * fetches the wasm. A key press, as a keyboard reader's first move, which scrolls nothing.
 * A page that needs no move (a link into a sequence) may have started already, or even
 * finished (live, or given up): the key press then changes nothing.
 */
export async function readOn(page) {
  await page.waitForFunction(() => {
    const root = document.documentElement;
    return ['data-story-waiting', 'data-story-live', 'data-story-static'].some((name) => root.hasAttribute(name));
  });
  await page.keyboard.press('Shift');
}

export class StoryPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
    this.hero = page.getByTestId('hero');
    this.editorNote = page.getByTestId('editor-note');
    this.repairs = page.getByTestId('repair');
    this.chapters = page.locator('section[data-chapter]');
    this.charts = page.locator('figure[data-chart]');
  }

  /**
   * Opens the story and, unless told `{ readOn: false }`, makes a reader's first move,
   * which starts the interactive layer (see `readOn`).
   */
  async open(path = '/', { readOn: move = true } = {}) {
    await this.page.goto(new URL(path, this.baseUrl).href);
    await this.hero.waitFor();
    await this.page.locator('[data-testid=credits]').waitFor({ state: 'attached' });
    if (move) await readOn(this.page);
  }

  chapter(id) {
    return this.page.locator(`section[data-chapter="${id}"]`);
  }

  async text() {
    return this.page.locator('body').innerText();
  }

  async hasHorizontalScroll() {
    return this.page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  }
}

/** One chart figure of the story. */
export class ChartFigure {
  constructor(page, id) {
    this.root = page.locator(`figure[data-chart="${id}"]`);
    this.drawing = this.root.locator('svg[role="img"]');
    this.table = this.root.getByTestId('data-table');
    this.tableToggle = this.root.locator('summary');
    this.csvLink = this.root.locator('a[download]');
    this.sequence = new Scrolly(page, id);
  }

  tier(state) {
    return this.root.locator(`button[data-tier="${state}"]`);
  }

  /** Scrolls a tier's button into view as a reader does, and waits for the step there to
   * show (a reader's tap comes after the page has come to rest). */
  async scrollToTier(state) {
    await this.tier(state).waitFor({ state: 'visible' });
    await this.tier(state).scrollIntoViewIfNeeded();
    await this.sequence.caughtUp();
  }

  async state() {
    return this.root.getAttribute('data-state');
  }

  /**
   * The drawing's box against its own proportions (its width and height attributes),
   * whether the browser has laid its marks out yet (off screen it may skip them), and, once
   * it has, how far (in CSS px) the marks reach outside the box (≤ 0: they stay inside)
   * and whether and how far outside it the browser still paints them (`clipped`, `clipMargin`).
   */
  async drawingGeometry() {
    return this.drawing.evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      const [width, height] = [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
      const laidOut = svg.querySelector('text, rect, path').checkVisibility({ contentVisibilityAuto: true });
      // Only the marks a reader sees in this state (the others wait, hidden, for theirs).
      const shown = [...svg.querySelectorAll('.mark')].filter((m) => getComputedStyle(m).visibility !== 'hidden');
      const reach = laidOut ? Math.max(...shown.map((m) => {
        const r = m.getBoundingClientRect();
        return Math.max(box.left - r.left, box.top - r.top, r.right - box.right, r.bottom - box.bottom);
      })) : null;
      return {
        height: box.height,
        proportionalHeight: (box.width * height) / width,
        // In a sequence's view the drawing is fitted to the room it has, not sized by its width.
        fitted: !!svg.closest('.scrolly__graphic') && document.documentElement.dataset.layout === 'overlay',
        laidOut,
        reachOutside: reach,
        // Painting stops at the box only under containment (content-visibility) or hidden overflow.
        clipped: getComputedStyle(svg).contentVisibility === 'auto' || getComputedStyle(svg).overflow !== 'visible',
        clipMargin: parseFloat(getComputedStyle(svg).overflowClipMargin) || 0,
      };
    });
  }

  /**
   * `drawingGeometry()` once the browser has laid the marks out (`laidOut: true`) or
   * skipped them (`false`), checked each frame; after `timeout` ms, as it is then, for the
   * caller's assertion to say what it found.
   */
  async drawingGeometryWhen(laidOut, timeout = 10_000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const geometry = await this.drawingGeometry();
      if (geometry.laidOut === laidOut || Date.now() > deadline) return geometry;
      await this.root.frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    }
  }
}

/** A scrolly sequence: its steps, its graphic and the rule that says which step is active. */
export class Scrolly {
  constructor(page, id) {
    this.page = page;
    this.id = id;
    this.root = page.locator(`[data-scrolly="${id}"]`);
    this.steps = this.root.locator('[data-step]');
    this.figure = this.root.locator('figure[data-chart]');
    this.marks = new Marks(this.figure);
    this.announcer = this.root.getByTestId('step-announcer');
  }

  step(n) {
    return this.root.locator(`[data-step="${n}"]`);
  }

  /** Waits for the scroll engine to take over (sticky layout). */
  async live() {
    await this.page.locator(`[data-scrolly="${this.id}"][data-mode="sticky"]`).waitFor({ state: 'attached' });
  }

  /** Brings step n where a link to it does: its top just above the trigger line (the
   * step's scroll margin), its card in view. */
  async scrollTo(n) {
    await this.step(n).evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
  }

  /** Waits until step n is the active one and the graphic shows `state`. */
  async waitForStep(n, state) {
    await this.page.waitForFunction(
      ([id, n, state]) => {
        const root = document.querySelector(`[data-scrolly="${id}"]`);
        const active = [...root.querySelectorAll('[data-step][data-active="true"]')].map((s) => s.dataset.step);
        return active.length === 1 && active[0] === String(n) && root.querySelector('figure[data-chart]').dataset.state === state;
      },
      [this.id, n, state],
    );
  }

  /** The step the geometry says is active now (the last whose top is above 60% of the viewport). */
  async expectedFromGeometry() {
    return (await this.root.evaluate(stepsNow)).expected;
  }

  async activeStep() {
    return (await this.root.evaluate(stepsNow)).active;
  }

  /** Waits until the engine has caught up with the page: the active step is the one the
   * geometry says (as it is by the time a reader who scrolled there taps). */
  async caughtUp() {
    const waiter = `(id) => { const s = (${stepsNow})(document.querySelector('[data-scrolly="' + id + '"]')); return s.active === s.expected; }`;
    await this.page.waitForFunction(waiter, this.id, { message: `${this.id}: the active step to follow the geometry` });
  }
}

/** In the page: the step whose top last passed the trigger line (60% of the viewport), and
 * the step the engine marks active. */
function stepsNow(root) {
  const line = document.documentElement.clientHeight * 0.6;
  const passed = [...root.querySelectorAll('[data-step]')].filter((s) => s.getBoundingClientRect().top <= line);
  return {
    expected: passed.length ? passed[passed.length - 1].dataset.step : null,
    active: root.querySelector('[data-step][data-active="true"]')?.dataset.step ?? null,
  };
}

/**
 * The marks of a figure's drawing (src/components/drawing.rs): one element per thing shown,
 * kept across states, tweened by CSS.
 */
export class Marks {
  constructor(figure) {
    this.figure = figure;
  }

  /** Marks every mark element with `tag` (a property of the node, not an attribute). */
  tag(tag) {
    return this.figure.evaluate((figure, tag) => {
      for (const mark of figure.querySelectorAll('.chart__view svg .mark')) mark.__e2eTag = tag;
      return figure.querySelectorAll('.chart__view svg .mark').length;
    }, tag);
  }

  /** How many mark elements there are, and how many still carry `tag`. */
  tagged(tag) {
    return this.figure.evaluate((figure, tag) => {
      const marks = [...figure.querySelectorAll('.chart__view svg .mark')];
      return { marks: marks.length, tagged: marks.filter((m) => m.__e2eTag === tag).length };
    }, tag);
  }

  /** Transitions running on the figure's marks (and their shapes). */
  running() {
    return this.figure.evaluate((figure) => document.getAnimations()
      .filter((a) => a.playState === 'running' && figure.contains(/** @type {KeyframeEffect} */ (a.effect)?.target))
      .map((a) => /** @type {any} */ (a).transitionProperty ?? /** @type {any} */ (a).animationName).length);
  }

  /**
   * Marks whose style is not (yet) the state's: computed transform and opacity against the
   * transform and opacity attributes the state gave them.
   */
  offTarget() {
    return this.figure.evaluate((figure) => {
      const expected = (mark) => {
        const t = mark.getAttribute('transform') ?? '';
        const [x, y] = (t.match(/translate\(([-\d.]+) ([-\d.]+)\)/) ?? [0, 0, 0]).slice(1).map(Number);
        const [sx, sy] = (t.match(/scale\(([-\d.]+) ([-\d.]+)\)/) ?? [0, 1, 1]).slice(1).map(Number);
        return { m: [sx, 0, 0, sy, x, y], opacity: Number(mark.getAttribute('opacity') ?? 1) };
      };
      const off = [];
      for (const mark of figure.querySelectorAll('.chart__view svg .mark')) {
        const style = getComputedStyle(mark);
        const m = new DOMMatrixReadOnly(style.transform === 'none' ? undefined : style.transform);
        const want = expected(mark);
        const got = [m.a, m.b, m.c, m.d, m.e, m.f];
        const near = got.every((v, i) => Math.abs(v - want.m[i]) < 0.02 * Math.max(1, Math.abs(want.m[i])) + 0.5);
        if (!near || Math.abs(Number(style.opacity) - want.opacity) > 0.02) off.push({ key: mark.dataset.key, got, want: want.m, opacity: style.opacity });
      }
      return off;
    });
  }

  /** Waits until no transition runs on the marks and every mark is on target, or until
   * `timeout`; returns the marks off target then. (WebKit can report a tween finished a
   * frame before its last value is computed.) */
  async settled(timeout = 5000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const off = (await this.running()) > 0 ? null : await this.offTarget();
      if ((off && off.length === 0) || Date.now() >= deadline) return off ?? this.offTarget();
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  }
}