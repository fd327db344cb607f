// Scratch: screenshots of steps for a person to look at (not a test).
import { startBrowser, DEVICES } from './engines/index.mjs';
import { serve } from './serve.mjs';
import { readOn } from './story.page.mjs';
const server = await serve('/work/main/dist');
const browser = await startBrowser();
const device = DEVICES[process.env.DEVICE ?? 'phone'];
for (const spec of process.argv.slice(2)) {
  const [name, path] = spec.split('=');
  const page = await browser.open(device);
  await page.goto(server.url + path);
  await readOn(page);
  await page.locator('html[data-story-live]').waitFor({ state: 'attached' });
  await page.evaluate(() => new Promise((r) => setTimeout(r, 900)));
  await page.screenshot({ path: `/tmp/look-${name}.png` });
  const problems = await page.problems();
  if (problems.length) console.log(name, problems);
  await page.close();
}
await browser.close(); server.close();
