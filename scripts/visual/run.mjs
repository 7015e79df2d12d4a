#!/usr/bin/env node
// `npm run test:visual` (compare) and `npm run test:visual:update` (rewrite baselines).
//   --update          write baselines instead of comparing (only images whose pixels changed)
//   --filter <text>   only stories whose id contains <text> (repeatable)
//   --workers <n>     parallel pages (default 3; VISUAL_WORKERS also sets it)
//   --static-dir <d>  built Storybook to test (default storybook-static)
//   --baseline-dir <d>, --output-dir <d>  (default tests/visual/baselines, test-results/visual)
//   --no-axe          screenshots only (the default with --update; --axe turns it back on)
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { runVisual } from "./harness.mjs";

const { values } = parseArgs({
  options: {
    update: { type: "boolean", default: false },
    filter: { type: "string", multiple: true },
    workers: { type: "string" },
    "static-dir": { type: "string" },
    "baseline-dir": { type: "string" },
    "output-dir": { type: "string" },
    axe: { type: "boolean" },
    "no-axe": { type: "boolean", default: false },
  },
});

const filters = values.filter ?? [];
const result = await runVisual({
  update: values.update,
  ...(values["static-dir"] ? { staticDir: values["static-dir"] } : {}),
  ...(values["baseline-dir"] ? { baselineDir: values["baseline-dir"] } : {}),
  ...(values["output-dir"] ? { outputDir: values["output-dir"] } : {}),
  ...(filters.length ? { stories: (story) => filters.some((text) => story.id.includes(text)) } : {}),
  workers: Number(values.workers ?? process.env.VISUAL_WORKERS ?? 3),
  // An update is about pictures: without axe it needs half the page loads (rtl is only pictured for
  // page stories). `npm run test:visual` (and CI) still run axe everywhere.
  axe: values["no-axe"] ? false : (values.axe ?? !values.update),
}).catch((/** @type {Error} */ error) => {
  // Setup problems (no built Storybook, no Chromium, network not blocked) need no stack trace.
  console.error(`✗ ${error.message}`);
  process.exit(1);
});

const count = (/** @type {string} */ status) => result.screenshots.filter((shot) => shot.comparison.status === status).length;
const pages = result.stories.filter((story) => story.id.startsWith("pages-")).length;
const seconds = (result.durationMs / 1000).toFixed(1);

for (const failure of result.failures) console.log(`${failure}\n`);
if (result.environmentNotes.length > 0) {
  const heading = result.update ? "Baselines were recorded in another environment" : "This machine differs from the one the baselines were made on";
  console.log(`! ${heading}:\n${result.environmentNotes.map((line) => `    ${line}`).join("\n")}\n`);
}
const late = new Map();
for (const request of result.blocked.filter((each) => !each.beforeInteraction)) {
  const key = `${request.storyId} ${request.url}`;
  late.set(key, [...(late.get(key) ?? []), request.visit]);
}
if (late.size > 0) {
  console.log("Blocked after a play function's interaction (expected, e.g. an activated video embed):");
  for (const [key, visits] of late) console.log(`    ${key} [${visits.join(", ")}]`);
  console.log("");
}

const shotSummary = result.update
  ? `${count("written")} written, ${count("unchanged")} unchanged${result.stale.length ? `, ${result.stale.length} stale removed` : ""}`
  : `${count("match")} match, ${count("differ")} differ, ${count("missing")} missing${count("unstable") ? `, ${count("unstable")} unstable` : ""}`;
const violations = result.axeRuns.filter((run) => run.outcome.mode === "error" && run.outcome.violations.length > 0).length;
const todo = result.axeRuns.filter((run) => run.outcome.mode === "todo" && run.outcome.violations.length > 0).length;
const off = result.axeRuns.filter((run) => run.outcome.mode === "off").length;
console.log(
  [
    `Stories: ${result.stories.length} (${pages} pages${result.optedOut.length ? `, ${result.optedOut.length} opted out with !test` : ""}); ${result.visits - result.skippedVisits} visits${result.skippedVisits ? ` (${result.skippedVisits} more skipped: the story pins the other theme)` : ""}`,
    `Screenshots: ${result.screenshots.length} (${shotSummary})`,
    result.axeRuns.length === 0 && result.update
      ? "Axe runs: skipped with --update (npm run test:visual runs them)"
      : `Axe runs: ${result.axeRuns.length} (${violations} with violations${todo ? `, ${todo} todo with violations` : ""}${off ? `, ${off} off` : ""})`,
    `Blocked requests: ${result.blocked.length}; story errors: ${result.storyErrors.length}`,
    `Duration: ${seconds} s`,
  ].join("\n"),
);
if (result.failures.length > 0) {
  console.log(`\n${result.failures.length} failure(s).${count("differ") + count("missing") > 0 && !result.update ? ` Images are in ${relative(process.cwd(), result.outputDir)}/.` + " If a change is intended, run `npm run test:visual:update` and commit the baselines with the reason." : ""}`);
  process.exitCode = 1;
}
