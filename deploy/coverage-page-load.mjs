// Times /cakupan on the production jar (issue 10, item 14), for `.ci/coverage-page-load`: for each of RUNS + 1 fresh
// browser contexts, sign in as USER_NAME, navigate to /cakupan and stop the clock when the map's shadow DOM holds
// AREAS polygons (path.map-area) and the panel's four Chart.js charts exist with a width (CoveragePageBenchmark's
// "drawn"); the first run warms up. Needs playwright-core (PW_DIR, default /tmp/pw) and Chromium.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.env.PW_DIR ?? '/tmp/pw', 'node_modules', 'x.js'));
const { chromium } = require('playwright-core');

const BASE = process.env.BASE ?? 'http://localhost:8095';
const USER = process.env.USER_NAME ?? 'admin';
const AREAS = Number(process.env.AREAS ?? 38);
const RUNS = Number(process.env.RUNS ?? 10);
const DRAWN = `n => { const m = document.querySelector('dsjs-leaflet-map');
  if (!m || !m.shadowRoot || m.shadowRoot.querySelectorAll('path.map-area').length < n) return false;
  const charts = [...document.querySelectorAll('dsjs-chart')];
  return charts.length >= 4 && charts.every(c => c.chart && c.chart.width > 0); }`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const times = [];
for (let run = 0; run <= RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(120000);
  await page.goto(BASE + '/login');
  await page.fill('input[name=username]', USER);
  await page.fill('input[name=password]', 'demo1234');
  await page.press('input[name=password]', 'Enter');
  await page.waitForURL(u => !u.toString().includes('/login'));
  // measured: a fresh navigation of a signed-in user to the coverage page, until polygons and charts are drawn
  const start = Date.now();
  await page.goto(BASE + '/cakupan', { waitUntil: 'commit' });
  await page.waitForFunction(DRAWN, AREAS, { polling: 10 });
  if (run > 0) times.push(Date.now() - start);
  await context.close();
}
await browser.close();
times.sort((a, b) => a - b);
const median = (times[Math.floor((RUNS - 1) / 2)] + times[Math.ceil((RUNS - 1) / 2)]) / 2;
console.log(`BENCHMARK coverage page (production jar) ${USER}: navigation → ${AREAS} polygons and charts drawn: median ${median} ms,`
  + ` min ${times[0]} ms, max ${times[times.length - 1]} ms over ${RUNS} runs`);
