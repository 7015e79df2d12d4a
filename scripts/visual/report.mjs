// Turns a harness result into readable failure blocks, one per story and problem, with the theme /
// direction combinations it happened in, so four identical axe reports read as one.
import { relative } from "node:path";
import { formatViolations } from "./axe.mjs";

const MAX_ERROR_LINES = 14;

/**
 * @param {{
 *   update: boolean,
 *   screenshots: import("./harness.mjs").ScreenshotResult[],
 *   axeRuns: import("./harness.mjs").AxeResult[],
 *   storyErrors: { storyId: string, visit: string, message: string }[],
 *   blocked: import("./harness.mjs").BlockedRequest[],
 *   stale: string[],
 * }} result
 * @returns {string[]}
 */
export function collectFailures(result) {
  const rel = (/** @type {string | undefined} */ file) => (file ? relative(process.cwd(), file) || file : "");
  const failures = [];

  for (const [storyId, errors] of groupBy(result.storyErrors, (error) => error.storyId)) {
    // Storybook's expect() colours its messages; the escape codes are noise in a log.
    // eslint-disable-next-line no-control-regex
    const first = /** @type {{ message: string }} */ (errors[0]).message.replace(/\u001b\[[0-9;]*m/g, "").split("\n");
    const shown = first.slice(0, MAX_ERROR_LINES).concat(first.length > MAX_ERROR_LINES ? ["…"] : []);
    failures.push(`✗ ${storyId} did not render [${errors.map((error) => error.visit).join(", ")}]:\n${indent(shown.join("\n"), 4)}`);
  }

  for (const { name, comparison } of result.screenshots) {
    if (comparison.status === "missing") {
      failures.push(
        `✗ ${name}: no baseline ${rel(comparison.files.baseline)}\n    actual: ${rel(comparison.files.actual)}\n    A new story? Run \`npm run test:visual:update\` and commit the new baseline.`,
      );
    } else if (comparison.status === "unstable") {
      failures.push(
        `✗ ${name}: renders differently from load to load — ${comparison.detail} on one load, none on the next. The story (or its play function) depends on timing; make it deterministic rather than updating the baseline.\n    expected: ${rel(comparison.files.expected)}\n    actual:   ${rel(comparison.files.actual)}\n    diff:     ${rel(comparison.files.diff)}`,
      );
    } else if (comparison.status === "differ") {
      failures.push(
        `✗ ${name}: ${comparison.detail}\n    expected: ${rel(comparison.files.expected)}\n    actual:   ${rel(comparison.files.actual)}\n    diff:     ${rel(comparison.files.diff)}`,
      );
    }
  }

  const failingAxe = result.axeRuns.filter((run) => run.outcome.mode === "error" && run.outcome.violations.length > 0);
  for (const [, runs] of groupBy(failingAxe, (run) => `${run.storyId}\n${formatViolations(run.outcome.violations)}`)) {
    const run = /** @type {import("./harness.mjs").AxeResult} */ (runs[0]);
    failures.push(
      `✗ axe: ${run.storyId} has ${run.outcome.violations.length} violation(s) [${runs.map((each) => each.combo).join(", ")}]\n${formatViolations(run.outcome.violations)}`,
    );
  }

  const early = result.blocked.filter((request) => request.beforeInteraction);
  for (const [, requests] of groupBy(early, (request) => `${request.storyId} ${request.url}`)) {
    const request = /** @type {import("./harness.mjs").BlockedRequest} */ (requests[0]);
    failures.push(
      `✗ ${request.storyId} requested ${request.url} before any interaction [${[...new Set(requests.map((each) => each.visit))].join(", ")}]\n    The request was blocked. Stories must not touch the network; a facade loads nothing until the reader activates it.`,
    );
  }

  if (result.stale.length > 0 && !result.update) {
    failures.push(
      `✗ ${result.stale.length} baseline(s) belong to no story any more:\n${result.stale.map((file) => `    ${file}`).join("\n")}\n    Run \`npm run test:visual:update\` to remove them.`,
    );
  }
  return failures;
}

/**
 * @template T
 * @param {T[]} items
 * @param {(item: T) => string} key
 * @returns {Map<string, T[]>}
 */
function groupBy(items, key) {
  const groups = new Map();
  for (const item of items) {
    const id = key(item);
    groups.set(id, [...(groups.get(id) ?? []), item]);
  }
  return groups;
}

const indent = (/** @type {string} */ text, /** @type {number} */ spaces) =>
  text
    .split("\n")
    .map((line) => " ".repeat(spaces) + line)
    .join("\n");
