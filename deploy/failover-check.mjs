// Losing a node (issue 14, item 4), end to end through HAProxy, run by `deploy/local-cluster.sh failover-check`:
//  1. a user signs in, saves a village's notes and starts a worker import (ROWS rows, committed in batches of 5,000);
//  2. once some batches are committed, the node the session is stuck to (cookie SERVERID) is killed (SIGKILL);
//  3. the next request goes to the other node: the user signs in again and finds the notes saved;
//  4. the import's committed batches are there, nothing half-written; importing the same file again completes it.
// Prints what happened with timings, and exits non-zero when an expectation fails.
// Needs playwright-core (PW_DIR, default /tmp/pw) and Chromium (CHROMIUM, default /usr/bin/chromium).
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(path.join(process.env.PW_DIR ?? '/tmp/pw', 'node_modules', 'x.js'));
const { chromium } = require('playwright-core');

const RUN = process.env.CLUSTER_RUN;
const BASE = process.env.BASE_URL;
const ROWS = Number(process.env.FAILOVER_ROWS ?? 60000);
const USER = process.env.FAILOVER_USER ?? 'admin';
const PASSWORD = process.env.FAILOVER_PASSWORD ?? 'demo1234';
const VILLAGE = '35.78.01.1001';

const started = Date.now();
const t = () => ((Date.now() - started) / 1000).toFixed(1).padStart(6) + ' s';
const log = (...a) => console.log(t(), ...a);
let failures = 0;
const expect = (ok, what) => { log(ok ? 'OK  ' : 'FAIL', what); if (!ok) failures++; };

const sql = (query) => execFileSync('mariadb', ['-h', '127.0.0.1', '-P', process.env.DB_PORT, '-u', 'root', '-N', '-B',
  process.env.DB_NAME, '-e', query], { encoding: 'utf8' }).trim();

// A run number per database, so that every run imports NIKs of its own (birth year 1960 + run % 40).
const counter = path.join(RUN, 'failover-run');
const run = (existsSync(counter) ? Number(readFileSync(counter, 'utf8')) : 0) + 1;
writeFileSync(counter, String(run));
const marker = `Uji Failover ${run}`;

function workerFile() {
  const file = path.join(RUN, `failover-workers-${run}.csv`);
  const year = 1960 + (run % 40);
  const lines = ['nik;nama;jenis_kelamin;tanggal_lahir;telepon;pekerjaan;kode_desa;jht;penghasilan;sumber_dana;tanggal_daftar;kpj'];
  for (let i = 0; i < ROWS; i++) {
    const day = new Date(Date.UTC(year, 0, 1 + (i % 365)));
    const dd = String(day.getUTCDate()).padStart(2, '0');
    const mm = String(day.getUTCMonth() + 1).padStart(2, '0');
    const yy = String(year % 100).padStart(2, '0');
    const serial = String(1 + Math.floor(i / 365)).padStart(4, '0');
    lines.push(`317101${dd}${mm}${yy}${serial};${marker} ${i};L;${year}-${mm}-${dd};;PEDAGANG_PASAR;31.71.01.1001;ya;1000000;SELF;2026-01-15;`);
  }
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

const imported = () => Number(sql(`SELECT COUNT(*) FROM worker WHERE full_name LIKE '${marker} %'`));

async function signIn(page) {
  await page.waitForFunction(() => !!customElements.get('vaadin-login-form') && !!document.querySelector('vaadin-login-form input[name=password]'));
  await page.fill('input[name=username]', USER);
  await page.fill('input[name=password]', PASSWORD);
  await page.press('input[name=password]', 'Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 60000 });
}

async function upload(page, file) {
  await page.locator('vaadin-upload').first().waitFor();
  await page.locator('vaadin-upload input[type=file]').setInputFiles(file);
}

async function stuckTo(context) {
  return (await context.cookies()).find((c) => c.name === 'SERVERID')?.value;
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
try {
  const context = await browser.newContext({ locale: 'id-ID' });
  const page = await context.newPage();
  page.setDefaultTimeout(60000);

  log(`1. sign in as ${USER} through HAProxy (${BASE})`);
  await page.goto(BASE + '/login');
  await signIn(page);
  const node = await stuckTo(context);
  expect(node === 'node1' || node === 'node2', `the session is stuck to ${node} (cookie SERVERID)`);

  const notes = `Catatan uji failover ${run} ${new Date().toISOString()}`;
  await page.goto(`${BASE}/desa/${VILLAGE}`);
  await page.locator('vaadin-text-area textarea').fill(notes);
  await page.locator('.save-outreach').click();
  await page.getByText('Tersimpan').first().waitFor();
  log(`   saved the notes of village ${VILLAGE} on ${node}`);

  const file = workerFile();
  log(`2. import ${ROWS} workers (${path.basename(file)}) on ${node}`);
  await page.goto(`${BASE}/peserta/impor`);
  await upload(page, file);
  const importStart = Date.now();
  let before = 0;
  while ((before = imported()) === 0 && Date.now() - importStart < 300000) {
    await page.waitForTimeout(100);
  }
  const pid = Number(readFileSync(path.join(RUN, `${node}.pid`), 'utf8'));
  process.kill(pid, 'SIGKILL');
  const killedAt = Date.now();
  log(`   killed ${node} (pid ${pid}, SIGKILL) ${((killedAt - importStart) / 1000).toFixed(1)} s into the import, `
    + `${before} rows committed when last counted`);

  log('3. the next request');
  const response = await page.goto(`${BASE}/desa/${VILLAGE}`);
  const answeredIn = Date.now() - killedAt;
  const now = await stuckTo(context);
  expect(response.ok() && now !== node, `answered by ${now} ${answeredIn} ms after the kill (HTTP ${response.status()})`);
  expect(new URL(page.url()).pathname.startsWith('/login'), 'sent to the sign-in page: the session lived on the killed node');
  await signIn(page);
  if (!new URL(page.url()).pathname.startsWith('/desa/')) {
    await page.goto(`${BASE}/desa/${VILLAGE}`);
  }
  const shown = await page.locator('vaadin-text-area textarea').inputValue();
  expect(shown === notes, `signed in again ${((Date.now() - killedAt) / 1000).toFixed(1)} s after the kill; the notes saved before are there`);

  log('4. the import cut off by the kill');
  const committed = imported();
  expect(committed > 0 && committed < ROWS && committed % 5000 === 0,
    `${committed} of ${ROWS} rows stored: whole batches of 5,000, the batch under way rolled back`);
  await page.goto(`${BASE}/peserta/impor`);
  await upload(page, file);
  const rerun = Date.now();
  const summary = page.locator('.import-summary');
  await summary.waitFor({ timeout: 900000 });
  log(`   imported again on ${now} in ${((Date.now() - rerun) / 1000).toFixed(1)} s: ${await summary.innerText()}`);
  expect(imported() === ROWS, `all ${ROWS} rows stored once (${imported()})`);
} finally {
  await browser.close();
}
log(failures === 0 ? 'failover check passed' : `failover check: ${failures} expectation(s) failed`);
process.exit(failures === 0 ? 0 : 1);
