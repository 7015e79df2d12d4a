#!/usr/bin/env node
// npm run bench — sizes, server-render throughput and browser numbers for staking-ui, with Mantine,
// Radix Themes, Chakra UI v3 and the bare Radix primitives alongside. Prints three tables and writes
// bench/results/latest.json (every sample summary) and bench/results/latest.md (the tables as
// Markdown, as pasted into the README).
//
//   npm run bench                       build, install peers if needed, run everything
//   npm run bench -- --only=size,ssr    a subset (size, ssr, browser)
//   npm run bench -- --quick            fewer rounds, for a smoke run
//   npm run bench -- --no-build         measure the existing dist/
import { execFileSync } from "node:child_process";
import { cpus, loadavg, totalmem, type as osType, release } from "node:os";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// Production React and production staking-ui (no development warnings) before anything loads them.
process.env.NODE_ENV = "production";

const { ROOT, RESULTS_DIR } = await import("./lib/paths.mjs");
const { ensurePeers } = await import("./lib/peers.mjs");
const { markdownTable } = await import("./lib/table.mjs");

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const only = args.find((a) => a.startsWith("--only="))?.slice("--only=".length).split(",") ?? ["size", "ssr", "browser"];
const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

if (!args.includes("--no-build")) {
  console.log("Building the package …");
  execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "inherit" });
}
ensurePeers();

const machine = {
  cpu: cpus()[0]?.model?.trim() ?? "unknown",
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  os: `${osType()} ${release()}`,
  node: process.version,
  // Other work on the machine skews absolute figures; recorded so a reader can judge.
  loadAverageAtStart: loadavg()[0].toFixed(1),
};
const result = { date: new Date().toISOString(), machine, quick, durations: {} };
const markdown = [];

if (only.includes("size")) {
  const start = performance.now();
  const { runSize, sizeTables } = await import("./size.mjs");
  console.log("");
  result.size = await runSize();
  const t = sizeTables(result.size);
  markdown.push("### Size", "", markdownTable(t.sideBySide.header, t.sideBySide.rows), "");
  result.durations.size = seconds(start);
}

if (only.includes("ssr")) {
  const start = performance.now();
  const { runSsr, ssrTable } = await import("./ssr.mjs");
  console.log("");
  result.ssr = await runSsr(quick ? { rounds: 5, sliceMs: 200, warmupMs: 1000 } : {});
  const t = ssrTable(result.ssr);
  markdown.push("### Server render", "", markdownTable(t.header, t.rows), "");
  result.durations.ssr = seconds(start);
}

if (only.includes("browser")) {
  const start = performance.now();
  const { runBrowser, browserTable } = await import("./browser.mjs");
  console.log("");
  result.browser = await runBrowser(quick ? { runs: 5, mobileRuns: 1 } : {});
  const t = browserTable(result.browser);
  markdown.push("### Browser", "", markdownTable(t.header, t.rows), "");
  result.durations.browser = seconds(start);
}

machine.loadAverageAtEnd = loadavg()[0].toFixed(1);
mkdirSync(RESULTS_DIR, { recursive: true });
const header =
  `Measured ${result.date.slice(0, 10)} on ${machine.cores} cores (${machine.cpu}), ${machine.memoryGB} GB, ${machine.os}, ` +
  `Node ${machine.node.slice(1)}; 1-minute load average ${machine.loadAverageAtStart} at the start, ${machine.loadAverageAtEnd} at the end.`;
writeFileSync(join(RESULTS_DIR, "latest.json"), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(join(RESULTS_DIR, "latest.md"), `${header}\n\n${markdown.join("\n")}`);
console.log(`\n${header}`);
console.log(`Durations: ${Object.entries(result.durations).map(([k, v]) => `${k} ${v}`).join(", ")}`);
console.log("Wrote bench/results/latest.json and bench/results/latest.md");

// The browser check that must hold: no layout shift and no hydration mismatch on any page.
const problems = (result.browser?.pages ?? []).flatMap((p) => [
  ...(p.cls.max > 0 ? [`${p.page}: CLS ${p.cls.max.toFixed(4)} (must be 0)`] : []),
  ...p.hydrationErrors.map((e) => `${p.page}: hydration error: ${e}`),
]);
if (problems.length > 0) {
  console.error(`\n${problems.join("\n")}`);
  process.exitCode = 1;
}
