// Lighthouse mobile runs and heap per visitor against a running application; started by run.sh.
// Writes bench/results/phone-<date>.json and .md.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import puppeteer from 'puppeteer-core';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs, []));
const base = args.base;
const pid = args.pid;
const runs = Number(args.runs || 3);
const visitors = Number(args.visitors || 20);
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage'];
// Lighthouse's default CPU slowdown for its simulated phone is 4; CPU_SLOWDOWN overrides it.
const cpuSlowdown = process.env.CPU_SLOWDOWN ? Number(process.env.CPU_SLOWDOWN) : undefined;

const median = xs => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const sleep = ms => new Promise(r => setTimeout(r, ms));

async function productPath() {
  const page = await (await fetch(`${base}/api/products?size=1`)).json();
  if (!page.items?.length) throw new Error('no listed product in the demo catalog');
  return page.items[0].url;
}

// Used heap after full collections, in kB, read with jcmd from the application's JVM.
function usedHeapKb() {
  let used = Infinity;
  for (let i = 0; i < 3; i++) {
    execFileSync('jcmd', [pid, 'GC.run']);
    const info = execFileSync('jcmd', [pid, 'GC.heap_info']).toString();
    const m = info.match(/used (\d+)K/);
    used = Math.min(used, Number(m[1]));
  }
  return used;
}

async function visit(browser, pages) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 390, height: 844, isMobile: true, deviceScaleFactor: 1 });
  for (const p of pages) {
    await tab.goto(base + p, { waitUntil: 'networkidle0', timeout: 60000 });
  }
  return context;
}

// Every visitor keeps its tab open on the last page while the heap is measured, as a shopper would.
async function heapPerVisitor(pages) {
  const browser = await puppeteer.launch({ executablePath: chromePath, args: chromeFlags });
  try {
    // Warm-up: classes, caches and pools the first visitor pays for and the next ones do not.
    for (let i = 0; i < 3; i++) await (await visit(browser, pages)).close();
    await sleep(2000);
    const before = usedHeapKb();
    const open = [];
    for (let i = 0; i < visitors; i++) open.push(await visit(browser, pages));
    await sleep(2000);
    const after = usedHeapKb();
    for (const c of open) await c.close();
    return { visitors, pages, beforeKb: before, afterKb: after, perVisitorKb: Math.round((after - before) / visitors) };
  } finally {
    await browser.close();
  }
}

async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  try {
    const result = await lighthouse(url, {
      port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'],
      ...(cpuSlowdown ? { throttling: { cpuSlowdownMultiplier: cpuSlowdown } } : {}),
    });
    const lhr = result.lhr;
    const audit = id => lhr.audits[id]?.numericValue;
    return {
      score: Math.round(lhr.categories.performance.score * 100),
      lcpMs: Math.round(audit('largest-contentful-paint')),
      fcpMs: Math.round(audit('first-contentful-paint')),
      tbtMs: Math.round(audit('total-blocking-time')),
      cls: Number(audit('cumulative-layout-shift').toFixed(3)),
      bytes: Math.round(audit('total-byte-weight')),
      benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
      warnings: lhr.runWarnings,
    };
  } finally {
    await chrome.kill();
  }
}

const product = await productPath();
const pages = { home: '/', search: '/tim-kiem?q=che', product };

console.log(`Heap per visitor (${visitors} browsers, ${Object.values(pages).join(' → ')})...`);
const heap = await heapPerVisitor(Object.values(pages));
console.log(heap);

const lighthouseResults = {};
for (const [name, p] of Object.entries(pages)) {
  const all = [];
  for (let i = 0; i < runs; i++) {
    const r = await lighthouseRun(base + p);
    console.log(name, i + 1, JSON.stringify(r));
    all.push(r);
  }
  lighthouseResults[name] = {
    path: p, runs: all,
    median: Object.fromEntries(['score', 'lcpMs', 'fcpMs', 'tbtMs', 'cls', 'bytes', 'benchmarkIndex'].map(k => [k, median(all.map(r => r[k]))])),
  };
}

const date = new Date().toISOString().slice(0, 10);
const lhVersion = JSON.parse(fs.readFileSync(new URL('./node_modules/lighthouse/package.json', import.meta.url))).version;
const chromeVersion = execFileSync(chromePath, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
const slowdown = cpuSlowdown ?? 4;
const benchmarkIndex = median(Object.values(lighthouseResults).flatMap(r => r.runs.map(x => x.benchmarkIndex)));
const load = fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const report = { date, lighthouse: lhVersion, chrome: chromeVersion, loadAverage: load, cpuSlowdown: slowdown,
  benchmarkIndex, pages: lighthouseResults, heap };
fs.mkdirSync(args.out, { recursive: true });
fs.writeFileSync(path.join(args.out, `phone-${date}.json`), JSON.stringify(report, null, 2) + '\n');

const rows = Object.entries(lighthouseResults).map(([name, r]) =>
  `| ${name} | \`${r.path}\` | ${r.median.score} | ${(r.median.lcpMs / 1000).toFixed(2)} s | ${(r.median.fcpMs / 1000).toFixed(2)} s | ${r.median.tbtMs} ms | ${r.median.cls} | ${Math.round(r.median.bytes / 1024)} kB | ${r.runs.map(x => x.score).join(', ')} |`);
const md = `# Phone benchmark (${date})

Command: \`./bench/phone/run.sh\`. Lighthouse ${lhVersion} (mobile emulation: Moto G Power viewport, simulated
slow 4G and ${slowdown}× CPU slowdown; performance category only), ${chromeVersion}, each run in a fresh
headless browser (cold cache, no cookie). The application runs in demo mode on its own database, started
by the script, on the same machine. Lighthouse's CPU benchmark index of the machine during the runs
(median): ${benchmarkIndex} (Lighthouse's 4× assumes about 1,000–2,000, a desktop); load average when the
runs ended: ${load}.

## Lighthouse, median of ${runs} runs

| page | path | performance | LCP | FCP | TBT | CLS | transferred | scores of the runs |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

## Server heap per visitor

${visitors} headless Chromium visitors, each in its own browser context (own session), open
${Object.values(pages).map(p => `\`${p}\``).join(', ')} in turn and keep the last page open; used heap after
full collections (\`jcmd GC.run\`, lowest of three readings) before and after, after three warm-up visitors.

| before | after | per visitor |
|---|---|---|
| ${heap.beforeKb} kB | ${heap.afterKb} kB | ${heap.perVisitorKb} kB |
`;
fs.writeFileSync(path.join(args.out, `phone-${date}.md`), md);
console.log(md);
