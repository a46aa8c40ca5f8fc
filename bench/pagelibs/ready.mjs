// Median time from navigation to window.decklintReady (or reveal.js ready when the page has no such promise)
// for each page given, in Debian's Chromium, offline.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(join(process.env.NODE_PATH, 'x.js'));
const { chromium } = require('playwright-core');
const runs = Number(process.env.RUNS ?? 9);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  for (const file of process.argv.slice(2)) {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      await context.route('**/*', (r) => (r.request().url().startsWith('file:') ? r.continue() : r.abort()));
      const page = await context.newPage();
      const start = Date.now();
      await page.goto('file://' + file);
      await page.waitForFunction(() => window.Reveal && Reveal.isReady());
      await page.evaluate(() => window.decklintReady);
      times.push(Date.now() - start);
      await context.close();
    }
    times.sort((a, b) => a - b);
    console.log(`${file.replace(/.*\//, '')}: ready in ${times[Math.floor(times.length / 2)]} ms (median of ${runs})`);
  }
} finally {
  await browser.close();
}
