// The visual regression + axe harness as a function: serve a built Storybook, visit every story in
// light/dark × ltr/rtl, run axe, take the screenshots and compare them with the baselines. The CLI
// (run.mjs) and the failure proof (prove-failure.mjs) both call runVisual() with different options.
import { readdir, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../tests/setup/chromium.mjs";
import { AXE_PATH, AXE_URL_PATH, runAxe } from "./axe.mjs";
import { compareWithBaseline, matchesBaseline } from "./compare.mjs";
import { currentEnvironment, environmentDifferences, recordEnvironment } from "./environment.mjs";
import { assertNetworkBlocked, loadStory, openStoryPage, takeScreenshot } from "./page.mjs";
import { collectFailures } from "./report.mjs";
import { serveStatic } from "./server.mjs";
import { hasPlayFunction, isPageStory, planVisits, readStories, shotName, WIDTHS } from "./stories.mjs";
import { readPins } from "./pins.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * @typedef {import("./stories.mjs").StoryEntry} StoryEntry
 * @typedef {import("./stories.mjs").Shot} Shot
 * @typedef {import("./stories.mjs").Visit} Visit
 * Options of runVisual(); paths are relative to the repository root.
 * - staticDir: the built Storybook (default storybook-static)
 * - baselineDir / outputDir: committed baselines / where failures write images
 *   (default tests/visual/baselines, test-results/visual)
 * - update: write baselines instead of comparing
 * - stories / shots: filters; with either, the run is partial and stale baselines are not judged
 * - axe: run axe-core in every visit (default true); workers: parallel pages (default 3)
 * - probe: called on each loaded visit; its results come back per story in `probes`
 * @typedef {{
 *   staticDir?: string,
 *   baselineDir?: string,
 *   outputDir?: string,
 *   update?: boolean,
 *   stories?: (story: StoryEntry) => boolean,
 *   shots?: (shot: Shot) => boolean,
 *   axe?: boolean,
 *   workers?: number,
 *   probe?: (page: import("playwright-core").Page, visit: Visit) => Promise<unknown>,
 * }} VisualOptions
 * @typedef {{ storyId: string, name: string, comparison: import("./compare.mjs").Comparison }} ScreenshotResult
 * @typedef {{ storyId: string, combo: string, outcome: import("./axe.mjs").AxeOutcome }} AxeResult
 * @typedef {{ storyId: string, visit: string, url: string, beforeInteraction: boolean }} BlockedRequest
 */

/** A short label for a visit, as used in reports: "dark-rtl". */
export const visitLabel = (/** @type {Visit} */ visit) => `${visit.theme}-${visit.rtl ? "rtl" : "ltr"}`;

/**
 * @param {VisualOptions} [options]
 */
export async function runVisual(options = {}) {
  const started = performance.now();
  const staticDir = resolve(ROOT, options.staticDir ?? "storybook-static");
  const baselineDir = resolve(ROOT, options.baselineDir ?? "tests/visual/baselines");
  const outputDir = resolve(ROOT, options.outputDir ?? "test-results/visual");
  const update = options.update ?? false;
  const workers = Math.max(1, Math.floor(Number(options.workers ?? 3)) || 3);
  // Only a run over every story and every screenshot can tell which baselines are stale.
  const complete = !options.stories && !options.shots;

  const { stories: allStories, optedOut } = await readStories(staticDir);
  const stories = allStories.filter(options.stories ?? (() => true));
  const plan = {
    axe: options.axe ?? true,
    shots: options.shots ?? (() => true),
  };
  // Page stories are the slowest; starting them first keeps the workers busy until the end.
  const visits = stories
    .flatMap((story) => planVisits(story, plan))
    .sort((a, b) => Number(isPageStory(b.story)) - Number(isPageStory(a.story)));

  if (!update) await rm(outputDir, { recursive: true, force: true });

  /** @type {ScreenshotResult[]} */ const screenshots = [];
  /** @type {AxeResult[]} */ const axeRuns = [];
  /** @type {{ storyId: string, visit: string, message: string }[]} */ const storyErrors = [];
  /** @type {BlockedRequest[]} */ const blocked = [];
  /** @type {Map<string, unknown[]>} */ const probes = new Map();
  let skippedVisits = 0;

  const server = await serveStatic(staticDir, { [AXE_URL_PATH]: AXE_PATH });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  let environment;
  try {
    environment = currentEnvironment(browser);
    await assertNetworkBlocked(browser, server.origin);
    const queue = [...visits];
    /** What each story pins for itself, learnt on its first load. @type {Map<string, import("./pins.mjs").Pins>} */
    const pins = new Map();
    const worker = async () => {
      /** @type {Visit | null} */ let current = null;
      const onBlocked = (/** @type {string} */ url) => {
        if (!current) return;
        // Without a play function nothing interacts with the story, so any request is one made
        // before the reader did anything.
        const beforeInteraction = current.embed || !hasPlayFunction(current.story);
        blocked.push({ storyId: current.story.id, visit: visitLabel(current), url, beforeInteraction });
      };
      let session = await openStoryPage(browser, server.origin, onBlocked);
      for (let visit = queue.shift(); visit; visit = queue.shift()) {
        current = visit;
        try {
          const shots = await loadVisit(session.page, visit, server.origin, pins);
          if (!shots) {
            skippedVisits += 1;
            continue;
          }
          if (options.probe) {
            const value = await options.probe(session.page, visit);
            probes.set(visit.story.id, [...(probes.get(visit.story.id) ?? []), value]);
          }
          /** @type {ScreenshotResult[]} */
          const taken = [];
          for (const shot of shots) {
            const png = await takeScreenshot(session.page, shot);
            const comparison = await compareWithBaseline({ png, name: shot.name, baselineDir, outputDir, update });
            taken.push({ storyId: visit.story.id, name: shot.name, comparison });
          }
          const differing = taken.filter((result) => result.comparison.status === "differ");
          if (differing.length > 0) {
            // Once more from a fresh load. If the baseline matches now, the story renders
            // differently from load to load: a different failure, with a different fix.
            await loadVisit(session.page, visit, server.origin, pins);
            for (const result of differing) {
              const shot = /** @type {Shot} */ (shots.find((each) => each.name === result.name));
              if (await matchesBaseline(await takeScreenshot(session.page, shot), result.comparison.files.baseline)) {
                result.comparison = { ...result.comparison, status: "unstable" };
              }
            }
          }
          screenshots.push(...taken);
          // After the screenshots: axe only reads the page, but the pictures must never depend on it.
          if (visit.axe) axeRuns.push({ storyId: visit.story.id, combo: visit.axe, outcome: await runAxe(session.page, server.origin) });
        } catch (error) {
          storyErrors.push({ storyId: visit.story.id, visit: visitLabel(visit), message: /** @type {Error} */ (error).message });
          // A crashed or stuck page must not spoil the next story.
          await session.context.close().catch(() => undefined);
          session = await openStoryPage(browser, server.origin, onBlocked);
        }
        current = null;
      }
      await session.context.close();
    };
    await Promise.all(Array.from({ length: Math.min(workers, Math.max(1, visits.length)) }, worker));
  } finally {
    await browser.close();
    await server.close();
  }

  const environmentNotes = await environmentDifferences(baselineDir, environment);
  /** @type {string[]} */
  let stale = [];
  if (complete) {
    const expected = new Set(screenshots.map((result) => `${result.name}.png`));
    const present = (await readdir(baselineDir).catch(() => [])).filter((file) => file.endsWith(".png"));
    stale = present.filter((file) => !expected.has(file) && !storyErrors.some((error) => file.startsWith(`${error.storyId}--`)));
    if (update) {
      await Promise.all(stale.map((file) => rm(join(baselineDir, file))));
      await recordEnvironment(baselineDir, environment);
    }
  }

  const result = {
    update,
    complete,
    stories,
    optedOut,
    visits: visits.length,
    skippedVisits,
    screenshots: screenshots.sort((a, b) => a.name.localeCompare(b.name)),
    axeRuns,
    storyErrors,
    blocked,
    stale,
    probes,
    environmentNotes,
    baselineDir,
    outputDir,
    durationMs: performance.now() - started,
  };
  return { ...result, failures: collectFailures(result) };
}

/**
 * Loads a visit's story — at the viewport the story pins, if it pins one — and returns the
 * screenshots to take, resized to that viewport; or null when the story pins the other theme, so
 * this visit would repeat another one exactly.
 * @param {import("playwright-core").Page} page
 * @param {Visit} visit
 * @param {string} origin
 * @param {Map<string, import("./pins.mjs").Pins>} pins what each story pins, learnt on its first load
 * @returns {Promise<Shot[] | null>}
 */
async function loadVisit(page, visit, origin, pins) {
  const id = visit.story.id;
  const skipped = (/** @type {import("./pins.mjs").Pins | undefined} */ pin) => Boolean(pin?.theme && pin.theme !== visit.theme);
  const load = (/** @type {{ width: number, height: number }} */ size) =>
    loadStory(page, { origin, storyId: id, globals: visit.globals, embed: visit.embed, theme: visit.theme, ...size });
  const planned = visit.shots[0] ?? WIDTHS[0];
  let pin = pins.get(id);
  if (skipped(pin)) return null;
  /** @type {unknown} */
  let failure = null;
  await load(pin?.viewport ?? { width: planned.width, height: planned.height }).catch((error) => {
    failure = error;
  });
  if (!pin) {
    // Asked even when the load failed: a play function written for a phone fails at 1280 px.
    pin = await readPins(page).catch(() => ({ viewport: null, theme: null }));
    pins.set(id, pin);
    if (skipped(pin)) return null;
    const size = pin.viewport;
    if (size && (size.width !== planned.width || size.height !== planned.height)) {
      failure = null;
      await load(size);
    }
  }
  if (failure) throw failure;
  const size = pin.viewport;
  if (!size) return visit.shots;
  // A story with a pinned viewport is pictured at that size only (one image per theme).
  const resized = new Map(visit.shots.map((shot) => [shotName(id, shot.theme, shot.rtl, size.width), shot]));
  return [...resized].map(([name, shot]) => ({ ...shot, ...size, name }));
}
