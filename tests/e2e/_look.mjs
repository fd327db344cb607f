import { launch, watchedPage, VIEWPORTS } from './browser.mjs';
import { serve } from './serve.mjs';
const server = await serve('/work/main/dist');
const browser = await launch();
for (const [name, opts] of Object.entries(VIEWPORTS)) {
  const { page, problems } = await watchedPage(browser, opts);
  await page.goto(server.url + '/#investment-2');
  await page.locator('[data-scrolly=investment][data-mode=sticky]').waitFor();
  await page.waitForTimeout(400);
  console.log(name, await page.evaluate(() => [location.hash, document.querySelector('[data-chart=investment-growth]').dataset.state, document.querySelector('[data-active]')?.id]));
  await page.screenshot({ path: `/tmp/look-${name}.png` });
  console.log(problems);
}
await browser.close(); server.close();
