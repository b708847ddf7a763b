// Times fresh page loads of other users in headless Chromium while .ci/pages-under-load's load runs (issue 13, item 6):
// the coordinator of Banyuasin opening /peserta (navigation -> more than 20 grid cells with text) and the regional
// head of Jawa Timur opening the map / (navigation -> markers in the map's shadow DOM), one warm-up, then ROUNDS of
// each. Needs playwright-core (PW_DIR, default /tmp/pw) and Chromium.
//   BASE=http://localhost:8081 ROUNDS=20 node deploy/pages-load-timing.mjs
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.env.PW_DIR ?? '/tmp/pw', 'node_modules', 'x.js'));
const { chromium } = require('playwright-core');

const BASE = process.env.BASE ?? 'http://localhost:8081';
const ROUNDS = Number(process.env.ROUNDS ?? 20);
const GRID = () => [...document.querySelectorAll('vaadin-grid-cell-content')].filter(c => c.textContent.trim().length > 0).length > 20;
const MAP = () => { const m = document.querySelector('dsjs-leaflet-map');
  return !!m && !!m.shadowRoot && m.shadowRoot.querySelectorAll('.leaflet-marker-icon').length > 0; };

async function signedIn(browser, user) {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(BASE + '/login');
  await page.fill('input[name=username]', user);
  await page.fill('input[name=password]', process.env.PASSWORD ?? 'demo1234');
  await page.click('vaadin-login-form vaadin-button');
  await page.waitForURL(u => !u.toString().includes('/login'), { timeout: 60000 });
  return page;
}

async function time(page, route, drawn) {
  const start = Date.now();
  await page.goto(BASE + route);
  await page.waitForFunction(drawn, null, { polling: 50, timeout: 60000 });
  return Date.now() - start;
}

function stats(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = q => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${sorted.at(-1)} ms, n=${sorted.length}`;
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const coordinator = await signedIn(browser, 'koordinator.banyuasin');
const regionalHead = await signedIn(browser, 'kakanwil.jatim');
await time(coordinator, '/peserta', GRID);
await time(regionalHead, '/', MAP);
const grid = [];
const map = [];
for (let i = 0; i < ROUNDS; i++) {
  grid.push(await time(coordinator, '/peserta', GRID));
  map.push(await time(regionalHead, '/', MAP));
}
console.log(`BROWSER coordinator /peserta navigation -> rows: ${stats(grid)}`);
console.log(`BROWSER regional head map / navigation -> markers: ${stats(map)}`);
await browser.close();
