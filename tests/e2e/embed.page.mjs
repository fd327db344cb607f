// Page object for a portal's page with the story embedded (tests/e2e/hosts/): the host
// page, the story's iframe and the story inside it (a frame of engines/page.mjs).
export class EmbedHost {
  /** `hostUrl` serves the repository (host pages, pym.js); `storyUrl` serves dist/. */
  constructor(page, hostUrl, storyUrl) {
    this.page = page;
    this.hostUrl = hostUrl;
    this.storyUrl = storyUrl.endsWith('/') ? storyUrl : `${storyUrl}/`;
    this.iframe = page.locator('#slot iframe');
  }

  /** Opens the host page: `embed` is loader, pym or iframe; `params` go into its URL. */
  async open(embed, params = {}) {
    const query = new URLSearchParams({ story: this.storyUrl, embed, ...params });
    await this.page.goto(`${this.hostUrl}/tests/e2e/hosts/index.html?${query}`);
    await this.iframe.scrollIntoViewIfNeeded();
    this.frame = this.page.frame('#slot iframe');
    await this.frame.locator('[data-testid="credits"]').waitFor({ state: 'attached' });
    return this.frame;
  }

  /** Waits for the story's interactive layer (each sequence out of its prerendered layout). */
  async live() {
    await this.frame.waitForFunction(() => document.querySelectorAll('[data-scrolly]').length > 0
      && document.querySelectorAll('[data-scrolly][data-mode="linear"]').length === 0);
  }

  /** Waits until the iframe is as tall as the story in it (±2 px): nothing to scroll inside. */
  async fitted() {
    await this.frame.waitForFunction(() => {
      const content = document.documentElement.getBoundingClientRect().height;
      return content > 1000 && Math.abs(innerHeight - content) <= 2;
    });
  }

  /** The iframe's height on the host, the story's height, and what the frame could scroll. */
  async heights() {
    const iframe = await this.iframe.evaluate((el) => el.getBoundingClientRect().height);
    const inside = await this.frame.evaluate(() => ({
      content: document.documentElement.getBoundingClientRect().height,
      scrollable: document.documentElement.scrollHeight - document.documentElement.clientHeight,
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    return { iframe, ...inside };
  }

  /** Scrolls the host page so that `selector` (inside the story) sits at `fraction` of the
   * host's viewport height. */
  async scrollHostTo(selector, fraction) {
    const top = await this.frame.locator(selector).evaluate((el) => el.getBoundingClientRect().top);
    await this.page.evaluate(([top, fraction]) => {
      const frameTop = document.querySelector('#slot iframe').getBoundingClientRect().top + scrollY;
      scrollTo({ top: frameTop + top - innerHeight * fraction, behavior: 'instant' });
    }, [top, fraction]);
  }

  /** Where `selector` inside the story is on the host's screen: its top, in host viewport px. */
  async onHostScreen(selector) {
    const frameTop = await this.iframe.evaluate((el) => el.getBoundingClientRect().top);
    const rect = await this.frame.locator(selector).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    return { top: frameTop + rect.top, bottom: frameTop + rect.bottom };
  }
}
