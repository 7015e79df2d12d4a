// Server-render throughput: each seed page, compiled once with evaluatePage, rendered to a string
// with staking-ui's components and with Mantine's (bench/ssr/mantine-components.jsx), in the same
// process, in alternating time slices so that both see the same machine load.
import { build } from "esbuild";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { PEERS_MODULES, peerVersion } from "./lib/peers.mjs";
import { BUILD_DIR, DIST, ROOT } from "./lib/paths.mjs";
import { formatSpread, summarize } from "./lib/stats.mjs";
import { textTable } from "./lib/table.mjs";

export const SEED_DIR = join(ROOT, "stories/pages");

export function seedPages() {
  return readdirSync(SEED_DIR)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((file) => ({ name: file.replace(/\.md$/, ""), source: readFileSync(join(SEED_DIR, file), "utf8") }));
}

/** staking-ui's dist stays external (and absolute) so the peer page shares its module instances. */
const distExternal = {
  name: "dist-external",
  setup(b) {
    b.onResolve({ filter: /\/dist\/esm\// }, (args) => ({ path: join(args.resolveDir, args.path), external: true }));
  },
};

async function loadMantinePage() {
  const outfile = join(BUILD_DIR, "ssr/mantine-components.mjs");
  await build({
    entryPoints: [join(ROOT, "bench/ssr/mantine-components.jsx")],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    jsx: "automatic",
    external: ["react", "react-dom", "react/*", "react-dom/*"],
    nodePaths: [PEERS_MODULES],
    plugins: [distExternal],
    logLevel: "error",
    define: { "process.env.NODE_ENV": JSON.stringify(process.env.NODE_ENV ?? "production") },
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

/** Every tag of our map that the Mantine map leaves out renders as the plain HTML element. */
function completeMap(mantineMap, ourMap) {
  const map = { ...mantineMap };
  for (const tag of Object.keys(ourMap)) {
    if (map[tag]) continue;
    if (/^[a-z]/.test(tag)) map[tag] = tag;
    else throw new Error(`The Mantine page has no counterpart for <${tag}>: add one to bench/ssr/mantine-components.jsx`);
  }
  return map;
}

const textOf = (html) => html.replace(/<style[\s\S]*?<\/style>/g, "").replace(/<[^>]+>/g, "").replace(/\s+/g, "");

/**
 * Renders `element` repeatedly for `ms` milliseconds. Returns operations per second of wall time and
 * per second of this process's CPU time; the second leaves out time the machine gave to other work.
 */
function slice(element, ms) {
  let ops = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    renderToString(element);
    ops += 1;
    now = performance.now();
  }
  const cpu = process.cpuUsage(cpuStart);
  return { wall: (ops * 1000) / (now - start), cpu: (ops * 1e6) / (cpu.user + cpu.system) };
}

export async function runSsr({ rounds = 15, sliceMs = 300, warmupMs = 3000, log = console.log } = {}) {
  const { evaluatePage, mdxComponents } = await import(pathToFileURL(join(DIST, "esm/mdx/index.js")).href);
  const { mantineComponents, MantineRoot } = await loadMantinePage();

  const pages = [];
  for (const seed of seedPages()) {
    const page = await evaluatePage(seed.source);
    const locale = page.locale ?? "en";
    const ours = createElement(page.Content);
    const theirs = createElement(
      MantineRoot,
      null,
      createElement(page.Content, { components: completeMap(mantineComponents(locale), mdxComponents) }),
    );
    const oursHtml = renderToString(ours);
    const theirsHtml = renderToString(theirs);
    pages.push({
      name: seed.name,
      ours,
      theirs,
      html: { ours: oursHtml.length, mantine: theirsHtml.length },
      text: { ours: textOf(oursHtml).length, mantine: textOf(theirsHtml).length },
    });
  }

  const results = [];
  for (const page of pages) {
    // React's server renderer and the components get optimised by the JIT over the first seconds.
    slice(page.ours, warmupMs);
    slice(page.theirs, warmupMs);
    const samples = { ours: [], mantine: [] };
    for (let i = 0; i < rounds; i++) {
      // Alternate which goes first, so neither always runs right after a GC of the other's garbage.
      if (i % 2 === 0) {
        samples.ours.push(slice(page.ours, sliceMs));
        samples.mantine.push(slice(page.theirs, sliceMs));
      } else {
        samples.mantine.push(slice(page.theirs, sliceMs));
        samples.ours.push(slice(page.ours, sliceMs));
      }
    }
    const pick = (list, key) => list.map((s) => s[key]);
    const ratios = (key) => samples.ours.map((s, i) => s[key] / samples.mantine[i][key]);
    results.push({
      page: page.name,
      // Per CPU-second of this process (the table); wall-clock figures alongside.
      ours: summarize(pick(samples.ours, "cpu")),
      mantine: summarize(pick(samples.mantine, "cpu")),
      ratio: summarize(ratios("cpu")),
      wall: {
        ours: summarize(pick(samples.ours, "wall")),
        mantine: summarize(pick(samples.mantine, "wall")),
        ratio: summarize(ratios("wall")),
      },
      htmlBytes: page.html,
      textChars: page.text,
    });
  }

  const result = {
    rounds,
    sliceMs,
    warmupMs,
    unit: "renders per CPU-second of the benchmark process (wall-clock figures under `wall`)",
    renderer: "react-dom/server renderToString",
    versions: { "@mantine/core": peerVersion("@mantine/core") },
    pages: results,
  };
  log(formatSsr(result));
  return result;
}

export function ssrTable(result) {
  const header = ["Page (renders/CPU-s, median ±IQR/2)", "staking-ui", "Mantine", "ratio", "wall-clock ratio", "HTML kB ours / Mantine", "text chars ours / Mantine"];
  const rows = result.pages.map((p) => [
    p.page,
    formatSpread(p.ours),
    formatSpread(p.mantine),
    `${p.ratio.median.toFixed(2)}× ±${(p.ratio.iqrRatio * 50).toFixed(0)}%`,
    `${p.wall.ratio.median.toFixed(2)}×`,
    `${(p.htmlBytes.ours / 1000).toFixed(1)} / ${(p.htmlBytes.mantine / 1000).toFixed(1)}`,
    `${p.textChars.ours} / ${p.textChars.mantine}`,
  ]);
  return { header, rows };
}

export function formatSsr(result) {
  const t = ssrTable(result);
  return textTable(
    `Server render — ${result.renderer}, ${result.warmupMs / 1000} s warm-up then ${result.rounds} alternating rounds of ${result.sliceMs} ms each (Mantine ${result.versions["@mantine/core"]}); ratio > 1: staking-ui faster`,
    t.header,
    t.rows,
  );
}
