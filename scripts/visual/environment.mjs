// What a screenshot depends on besides the code: the Chromium build and the installed fonts. The
// baselines record it (environment.json), so a run on a different machine can say why every image
// differs instead of leaving people to guess.
import { readdirSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { basename, join } from "node:path";

// Where fontconfig looks on Debian; listing the files needs no fontconfig tools installed.
const FONT_DIRS = ["/usr/share/fonts", "/usr/local/share/fonts", join(homedir(), ".local/share/fonts"), join(homedir(), ".fonts")];

/**
 * @typedef {{ chromium: string, fonts: string[] }} Environment
 */

/**
 * @param {import("playwright-core").Browser} browser
 * @returns {Environment}
 */
export function currentEnvironment(browser) {
  const files = FONT_DIRS.flatMap((dir) => {
    try {
      return readdirSync(dir, { recursive: true, encoding: "utf8" });
    } catch {
      return [];
    }
  });
  const fonts = [...new Set(files.filter((file) => /\.(ttf|otf|ttc|otc|pfb|woff2?)$/i.test(file)).map((file) => basename(file)))].sort();
  return { chromium: browser.version(), fonts };
}

/**
 * Differences between the environment the baselines were made in and this one, as readable lines
 * (empty when they match or when no record exists yet).
 * @param {string} baselineDir
 * @param {Environment} current
 */
export async function environmentDifferences(baselineDir, current) {
  const recorded = await readFile(join(baselineDir, "environment.json"), "utf8")
    .then((text) => /** @type {Environment} */ (JSON.parse(text)))
    .catch(() => null);
  if (!recorded) return [];
  const lines = [];
  if (recorded.chromium !== current.chromium) lines.push(`Chromium ${current.chromium} here, ${recorded.chromium} for the baselines`);
  const missing = recorded.fonts.filter((font) => !current.fonts.includes(font));
  const extra = current.fonts.filter((font) => !recorded.fonts.includes(font));
  if (missing.length) lines.push(`fonts missing here: ${missing.join(", ")}`);
  if (extra.length) lines.push(`fonts only here: ${extra.join(", ")}`);
  return lines;
}

/** @param {string} baselineDir @param {Environment} current */
export async function recordEnvironment(baselineDir, current) {
  await writeFile(join(baselineDir, "environment.json"), `${JSON.stringify(current, null, 2)}\n`);
}
