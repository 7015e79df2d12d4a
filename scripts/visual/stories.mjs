// Which stories the harness visits, and what it does on each visit. Stories come from the built
// Storybook's index.json, so new story files are covered as soon as they are built.
import { readFile } from "node:fs/promises";
import { join } from "node:path";

export const THEMES = /** @type {const} */ (["light", "dark"]);
export const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
];

/**
 * @typedef {{ id: string, title: string, name: string, tags: string[], importPath: string }} StoryEntry
 * @typedef {{ story: StoryEntry, width: number, height: number, theme: "light" | "dark", rtl: boolean, fullPage: boolean, name: string }} Shot
 * @typedef {{ story: StoryEntry, theme: "light" | "dark", rtl: boolean, globals: string, embed: boolean, axe: string | null, shots: Shot[] }} Visit
 */

/** Page stories (the two source pages, rendered in full) are screenshotted full page and in Arabic/rtl too. */
export const isPageStory = (/** @type {StoryEntry} */ story) => story.id.startsWith("pages-");
export const hasPlayFunction = (/** @type {StoryEntry} */ story) => story.tags.includes("play-fn");

/**
 * Stories of a built Storybook. Docs entries are skipped, and so are stories that opted out of tests
 * with Storybook's own `tags: ["!test"]`, the same rule the Vitest storybook project follows.
 * @param {string} staticDir
 * @returns {Promise<{ stories: StoryEntry[], optedOut: StoryEntry[] }>}
 */
export async function readStories(staticDir) {
  let index;
  try {
    index = JSON.parse(await readFile(join(staticDir, "index.json"), "utf8"));
  } catch (error) {
    throw new Error(
      `No built Storybook at ${staticDir} (${/** @type {Error} */ (error).message}). Run \`npm run build-storybook\` first.`,
    );
  }
  const all = Object.values(index.entries ?? {})
    .filter((entry) => entry.type === "story")
    .map((entry) => ({ ...entry, tags: entry.tags ?? [] }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return {
    stories: all.filter((story) => story.tags.includes("test")),
    optedOut: all.filter((story) => !story.tags.includes("test")),
  };
}

/** Baseline file name: <storyId>--<theme>[--rtl]--<width>.png */
export const shotName = (/** @type {string} */ id, /** @type {string} */ theme, /** @type {boolean} */ rtl, /** @type {number} */ width) =>
  `${id}--${theme}${rtl ? "--rtl" : ""}--${width}`;

/**
 * Every visit (one page load) for a story: light and dark, each in ltr and rtl. One load serves the
 * axe run of its theme/direction and all screenshots taken in it (the mobile width by resizing the
 * same page), which keeps the number of loads at four per story.
 * rtl means `dir:rtl`; page stories use `locale:ar;dir:rtl`, so their rtl screenshots show the
 * Arabic strings a reader of the Arabic page gets.
 * rtl visits load with `embed=true`, which makes Storybook render the story without its play
 * function: play functions are keyboard contracts written for the story's own direction (ArrowRight
 * means "previous" in rtl) and run in the Vitest project. Rendering without them also shows what a
 * story requests before anyone interacts with it — a facade must request nothing.
 * @param {StoryEntry} story
 * @param {{ axe: boolean, shots: (shot: Shot) => boolean }} options
 * @returns {Visit[]}
 */
export function planVisits(story, options) {
  const page = isPageStory(story);
  /** @type {Visit[]} */
  const visits = [];
  for (const rtl of [false, true]) {
    for (const theme of THEMES) {
      // ltr leaves locale and direction at their defaults (en, auto): a story that pins
      // `globals: { locale: "ar" }` keeps the direction of its locale, as in the Vitest project.
      const globals = rtl ? `theme:${theme};${page ? "locale:ar;" : ""}dir:rtl` : `theme:${theme}`;
      const shots = (rtl && !page ? [] : WIDTHS)
        .map(({ width, height }) => ({
          story,
          width,
          height,
          theme,
          rtl,
          fullPage: page,
          name: shotName(story.id, theme, rtl, width),
        }))
        .filter(options.shots);
      const axe = options.axe ? `${theme}-${rtl ? "rtl" : "ltr"}` : null;
      if (axe || shots.length > 0) visits.push({ story, theme, rtl, globals, embed: rtl, axe, shots });
    }
  }
  return visits;
}
