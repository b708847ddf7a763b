// Opens N signed-in browser sessions on one page and keeps them open, for `.ci/heap-per-user` (issue 14, item 6):
// each context signs in as USER_NAME, opens PAGE and waits until the map has drawn; prints "READY" when all are open,
// then waits until its standard input says "q". Needs playwright-core (PW_DIR, default /tmp/pw) and Chromium.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.env.PW_DIR ?? '/tmp/pw', 'node_modules', 'x.js'));
const { chromium } = require('playwright-core');

const BASE = process.env.BASE ?? 'http://localhost:8096';
const N = Number(process.env.N ?? 20);
const USER = process.env.USER_NAME ?? 'admin';
const PAGE = process.env.PAGE ?? '/';
const DRAWN = `() => { const m = document.querySelector('dsjs-leaflet-map');
  return !!m && !!m.shadowRoot && m.shadowRoot.querySelectorAll('.leaflet-marker-icon, path').length > 0; }`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
for (let i = 0; i < N; i++) {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  // signed out, PAGE shows the login form and sends the user back to PAGE after sign-in: the session then holds the
  // page's UI and the login's, not also the landing page's (which would blur what one more user on PAGE keeps)
  await page.goto(BASE + PAGE);
  await page.waitForFunction("() => !!document.querySelector('vaadin-login-form input[name=password]')", null, { timeout: 120000 });
  await page.fill('input[name=username]', USER, { timeout: 120000 });
  await page.fill('input[name=password]', 'demo1234', { timeout: 120000 });
  await page.press('input[name=password]', 'Enter', { timeout: 120000 });
  await page.waitForURL(u => !u.toString().includes('/login'), { timeout: 120000 });
  if (new URL(page.url()).pathname !== PAGE) await page.goto(BASE + PAGE);
  await page.waitForFunction(DRAWN, null, { timeout: 120000 });
  console.log('open', i + 1);
}
console.log('READY');
process.stdin.on('data', async d => {
  if (String(d).includes('q')) { await browser.close(); process.exit(0); }
});
