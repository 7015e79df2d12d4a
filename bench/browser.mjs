// Browser numbers for each seed page, in Debian's Chromium: layout shift (CLS, which must be 0) and
// the time from navigation to "hydration done", next to the same server HTML loaded without any
// JavaScript. The pages are built here with esbuild (no Storybook chrome in the numbers) and served
// by a tiny node:http server on 127.0.0.1; every other host is blocked, so nothing leaves the machine.
import { compile } from "@mdx-js/mdx";
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import remarkGfm from "remark-gfm";
// The Chromium path and flags the tests use, from their one definition.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/setup/chromium.mjs";
import { BUILD_DIR, DIST, ROOT } from "./lib/paths.mjs";
import { summarize } from "./lib/stats.mjs";
import { textTable } from "./lib/table.mjs";
import { seedPages } from "./ssr.mjs";

const OUT = join(BUILD_DIR, "browser");
const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  mobile: { width: 390, height: 844 },
};

/** Compiles a seed page to a JS module the way evaluatePage does, so the browser needs no compiler. */
async function compilePage(source, mdx) {
  const { yaml, yamlLine, body } = mdx.splitFrontmatter(source);
  const frontmatter = mdx.parseFrontmatter(yaml, yamlLine);
  const locale = typeof frontmatter.lang === "string" && frontmatter.lang !== "" ? frontmatter.lang : undefined;
  const compiled = await compile(mdx.preprocessHeadingIds(body), {
    jsxImportSource: "react",
    remarkPlugins: [
      remarkGfm,
      mdx.remarkHeadingIds,
      mdx.remarkEmojiAttributes,
      [mdx.remarkHtmlTagsToComponents, { tags: Object.keys(mdx.markdownElements) }],
    ],
  });
  return `${String(compiled)}\nexport const locale = ${JSON.stringify(locale)};\n`;
}

const pagePlugin = (file) => ({
  name: "bench-page",
  setup(b) {
    b.onResolve({ filter: /^bench:page$/ }, () => ({ path: file }));
  },
});

const headScript = `window.__cls=0;window.__shifts=[];new PerformanceObserver(function(l){l.getEntries().forEach(function(e){if(e.hadRecentInput)return;window.__cls+=e.value;window.__shifts.push({value:e.value,sources:(e.sources||[]).map(function(s){return s.node?s.node.nodeName+"."+(s.node.getAttribute&&s.node.getAttribute("data-slot")):"?"})})})}).observe({type:"layout-shift",buffered:true});`;

function document({ lang, body, script }) {
  return `<!doctype html>
<html lang="${lang ?? "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>staking-ui bench</title>
<link rel="stylesheet" href="/styles.css">
<script>${headScript}</script>
</head>
<body>
<div id="root">${body}</div>
${script ? `<script type="module" src="${script}"></script>` : ""}
</body>
</html>
`;
}

/** Builds, for each seed, static.html (server HTML only) and hydrated.html (+ client bundle). */
export async function buildBenchPages({ log = console.log } = {}) {
  const mdx = await import(pathToFileURL(join(DIST, "esm/mdx/index.js")).href);
  mkdirSync(OUT, { recursive: true });
  copyFileSync(join(DIST, "styles.css"), join(OUT, "styles.css"));
  const pages = [];
  for (const seed of seedPages()) {
    const dir = join(OUT, seed.name);
    mkdirSync(dir, { recursive: true });
    const pageFile = join(dir, "page.mdx.js");
    writeFileSync(pageFile, await compilePage(seed.source, mdx));
    const common = {
      bundle: true,
      jsx: "automatic",
      target: "es2020",
      logLevel: "error",
      define: { "process.env.NODE_ENV": '"production"' },
      plugins: [pagePlugin(pageFile)],
    };
    await build({
      ...common,
      entryPoints: [join(ROOT, "bench/browser/app.jsx")],
      outfile: join(dir, "server.mjs"),
      format: "esm",
      platform: "node",
      external: ["react", "react-dom", "react/*", "react-dom/*"],
    });
    await build({
      ...common,
      entryPoints: [join(ROOT, "bench/browser/client.jsx")],
      outfile: join(dir, "client.js"),
      format: "esm",
      platform: "browser",
      minify: true,
    });
    const { App } = await import(`${pathToFileURL(join(dir, "server.mjs")).href}?t=${Date.now()}`);
    const html = renderToString(createElement(App));
    const evaluated = await mdx.evaluatePage(seed.source);
    const reference = renderToString(createElement(evaluated.Content));
    const matches = html === reference;
    if (!matches) log(`  ! ${seed.name}: bench page HTML differs from evaluatePage's (${firstDifference(html, reference)})`);
    writeFileSync(join(dir, "static.html"), document({ lang: evaluated.locale, body: html }));
    writeFileSync(join(dir, "hydrated.html"), document({ lang: evaluated.locale, body: html, script: "client.js" }));
    const client = readFileSync(join(dir, "client.js"));
    pages.push({
      name: seed.name,
      htmlBytes: html.length,
      clientGzip: gzipSync(client, { level: 9 }).byteLength,
      matchesEvaluatePage: matches,
    });
  }
  return pages;
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: …${a.slice(Math.max(0, i - 40), i + 40)}… vs …${b.slice(Math.max(0, i - 40), i + 40)}…`;
}

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css" };

function serve(root) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    try {
      const body = readFileSync(join(root, path));
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream", "cache-control": "no-store" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function measureOnce(browser, url, { viewport, hydrated, origin }) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: "zh-CN", reducedMotion: "no-preference" });
  // Nothing but the bench server: a page that reaches for the network must not wait on it.
  await context.route("**/*", (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: "load" });
    if (hydrated) await page.waitForFunction(() => window.__benchHydrated !== undefined, null, { timeout: 15_000 });
    // Shifts caused by effects after hydration (measuring, reading `dir`) land in this window.
    await page.waitForTimeout(300);
    return await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      const fcp = performance.getEntriesByName("first-contentful-paint")[0];
      return {
        cls: window.__cls,
        shifts: window.__shifts,
        hydrated: window.__benchHydrated ?? null,
        load: nav.loadEventEnd,
        fcp: fcp ? fcp.startTime : null,
        errors: window.__benchErrors ?? [],
      };
    });
  } finally {
    await context.close();
  }
}

export async function runBrowser({ runs = 15, mobileRuns = 3, log = console.log } = {}) {
  const built = await buildBenchPages({ log });
  const server = await serve(OUT);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const pages = [];
  try {
    const version = browser.version();
    for (const info of built) {
      const samples = { static: [], hydrated: [] };
      const mobile = { static: [], hydrated: [] };
      // One warm-up load of each, to take the first-launch costs out of the numbers.
      for (const variant of ["static", "hydrated"]) {
        await measureOnce(browser, `${origin}/${info.name}/${variant}.html`, { viewport: VIEWPORTS.desktop, hydrated: variant === "hydrated", origin });
      }
      for (let i = 0; i < runs; i++) {
        const order = i % 2 === 0 ? ["static", "hydrated"] : ["hydrated", "static"];
        for (const variant of order) {
          samples[variant].push(
            await measureOnce(browser, `${origin}/${info.name}/${variant}.html`, { viewport: VIEWPORTS.desktop, hydrated: variant === "hydrated", origin }),
          );
        }
      }
      for (let i = 0; i < mobileRuns; i++) {
        for (const variant of ["static", "hydrated"]) {
          mobile[variant].push(
            await measureOnce(browser, `${origin}/${info.name}/${variant}.html`, { viewport: VIEWPORTS.mobile, hydrated: variant === "hydrated", origin }),
          );
        }
      }
      const all = [...samples.static, ...samples.hydrated, ...mobile.static, ...mobile.hydrated];
      const worst = all.reduce((a, b) => (b.cls > a.cls ? b : a));
      pages.push({
        page: info.name,
        clientGzip: info.clientGzip,
        htmlBytes: info.htmlBytes,
        matchesEvaluatePage: info.matchesEvaluatePage,
        cls: { max: worst.cls, shifts: worst.shifts, desktopRuns: runs, mobileRuns },
        hydrationErrors: [...new Set(all.flatMap((s) => s.errors))],
        staticLoad: summarize(samples.static.map((s) => s.load)),
        staticFcp: summarize(samples.static.map((s) => s.fcp)),
        hydratedFcp: summarize(samples.hydrated.map((s) => s.fcp)),
        hydratedLoad: summarize(samples.hydrated.map((s) => s.load)),
        hydrationDone: summarize(samples.hydrated.map((s) => s.hydrated)),
      });
    }
    const result = { chromium: version, runs, viewport: VIEWPORTS, pages };
    log(formatBrowser(result));
    return result;
  } finally {
    await browser.close();
    server.close();
  }
}

const ms = (s) => `${s.median.toFixed(0)} ms (${s.q1.toFixed(0)}–${s.q3.toFixed(0)})`;

export function browserTable(result) {
  const header = [
    "Page (median, IQR)",
    "CLS",
    "static: load",
    "hydrated: FCP",
    "hydrated: hydration done",
    "hydration cost",
    "client JS gzip",
  ];
  const rows = result.pages.map((p) => [
    p.page,
    `${p.cls.max.toFixed(4)}${p.hydrationErrors.length ? " + mismatch!" : ""}`,
    ms(p.staticLoad),
    ms(p.hydratedFcp),
    ms(p.hydrationDone),
    `+${(p.hydrationDone.median - p.staticLoad.median).toFixed(0)} ms`,
    `${(p.clientGzip / 1000).toFixed(1)} kB`,
  ]);
  return { header, rows };
}

export function formatBrowser(result) {
  const t = browserTable(result);
  return textTable(
    `Browser — Chromium ${result.chromium}, ${result.runs} alternating cold loads per variant at 1280×900 (CLS also at 390×844), from navigation start`,
    t.header,
    t.rows,
  );
}
