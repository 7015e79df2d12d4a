// axe-core in the loaded story, with the story's own `parameters.a11y` (rules it configures, a
// `test: "todo"` or `"off"`) honoured exactly as the Vitest storybook project honours them, so both
// layers agree on what a violation is.
import { createRequire } from "node:module";

// axe-core's browser build, served by the harness's static server at AXE_URL_PATH: loaded by URL,
// Chromium caches it and its compiled code across page loads, so injecting it is ~4× faster than
// sending the source with every page.
export const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
export const AXE_URL_PATH = "/__visual-harness/axe.min.js";

/**
 * @typedef {{ id: string, impact: string | null, help: string, helpUrl: string, nodes: { target: string, summary: string }[] }} Violation
 * @typedef {{ mode: "error" | "todo" | "off", violations: Violation[] }} AxeOutcome
 */

/**
 * @param {import("playwright-core").Page} page
 * @param {string} origin the static server that serves AXE_URL_PATH
 * @returns {Promise<AxeOutcome>}
 */
export async function runAxe(page, origin) {
  const loaded = await page.evaluate(() => typeof (/** @type {any} */ (window).axe?.run) === "function" && (/** @type {any} */ (window).axe.__visualHarness === true));
  if (!loaded) {
    await page.addScriptTag({ url: `${origin}${AXE_URL_PATH}` });
    await page.evaluate(() => {
      /** @type {any} */ (window).axe.__visualHarness = true;
    });
  }
  return page.evaluate(async () => {
    const axe = /** @type {any} */ (window).axe;
    const a11y = /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters?.a11y ?? {};
    if (a11y.disable === true || a11y.test === "off") return { mode: "off", violations: [] };
    const config = a11y.config ?? {};
    axe.reset();
    // "region" wants every piece of content inside a landmark, which a lone component never is;
    // addon-a11y switches it off for the same reason.
    axe.configure({ ...config, rules: [{ id: "region", enabled: false }, ...(config.rules ?? [])] });
    /** @type {{ include: unknown, exclude: unknown[] }} */
    const context = { include: "#storybook-root", exclude: [] };
    if (a11y.context) {
      const given = a11y.context;
      if (typeof given === "object" && given !== null && ("include" in given || "exclude" in given)) {
        if (given.include !== undefined) context.include = given.include;
        if (given.exclude !== undefined) context.exclude = [].concat(given.exclude);
      } else {
        context.include = given;
      }
    }
    // iframes: false — a third-party embed is blocked here (it shows Chromium's error page), and
    // axe would wait a minute for an answer from inside it.
    const result = await axe.run(context, { ...(a11y.options ?? {}), iframes: false });
    return {
      mode: a11y.test === "todo" ? "todo" : "error",
      violations: result.violations.map((/** @type {any} */ violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        helpUrl: violation.helpUrl,
        nodes: violation.nodes.map((/** @type {any} */ node) => ({
          target: node.target.map((/** @type {unknown} */ part) => (Array.isArray(part) ? part.join(" >> ") : String(part))).join(" "),
          summary: String(node.failureSummary ?? "").replace(/\s+/g, " ").trim(),
        })),
      })),
    };
  });
}

/**
 * @param {Violation[]} violations
 * @returns {string}
 */
export function formatViolations(violations) {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => `      ${node.target}\n        ${node.summary}`).join("\n");
      return `    ${violation.id} (${violation.impact ?? "n/a"}): ${violation.help}\n      ${violation.helpUrl}\n${nodes}`;
    })
    .join("\n");
}
