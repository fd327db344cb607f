// Page object for the story: what a reader can find on it, by test id and contract attributes.
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

  /** Opens the story and waits until the app has mounted every chapter. */
  async open(path = '/') {
    await this.page.goto(new URL(path, this.baseUrl).href);
    await this.hero.waitFor();
    await this.page.locator('[data-testid=credits]').waitFor();
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

  async screenshot(name) {
    await this.page.screenshot({ path: new URL(`./artifacts/${name}.png`, import.meta.url).pathname, fullPage: true });
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
  }

  tier(state) {
    return this.root.locator(`button[data-tier="${state}"]`);
  }

  async state() {
    return this.root.getAttribute('data-state');
  }
}
