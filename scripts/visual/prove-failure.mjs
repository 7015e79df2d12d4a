#!/usr/bin/env node
// Proof that the visual comparison can fail, and fails for the right stories: in a temporary copy
// of the built Storybook, the Card rule of the built CSS gets a different padding; compared with
// the committed baselines (light theme, 1280 px), exactly the stories that show a Card must differ
// and every other story must still match.
//   --static-dir <d>, --baseline-dir <d>   (default storybook-static, tests/visual/baselines)
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { runVisual } from "./harness.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const { values } = parseArgs({ options: { "static-dir": { type: "string" }, "baseline-dir": { type: "string" } } });
const staticDir = resolve(ROOT, values["static-dir"] ?? "storybook-static");
const baselineDir = resolve(ROOT, values["baseline-dir"] ?? "tests/visual/baselines");

/**
 * Changes the first padding declaration (padding or padding-*) of the first `.sui-card{…}` rule in
 * the built CSS assets, returning the files changed. Wraps the value in calc(… + 3px) so it
 * differs whatever the padding is.
 * @param {string} dir
 */
async function shiftCardPadding(dir) {
  const assets = join(dir, "assets");
  const changed = [];
  for (const file of (await readdir(assets)).filter((name) => name.endsWith(".css"))) {
    const css = await readFile(join(assets, file), "utf8");
    const next = css.replace(/(\.sui-card\{[^}]*?\bpadding(?:-[a-z-]+)?:)([^;}]+)/, (_, head, value) => `${head}calc(${value} + 3px)`);
    if (next !== css) {
      await writeFile(join(assets, file), next);
      changed.push(file);
    }
  }
  return changed;
}

class ProofFailed extends Error {}
const fail = (/** @type {string} */ message) => {
  throw new ProofFailed(message);
};

const copy = await mkdtemp(join(tmpdir(), "staking-ui-visual-proof-"));
let keep = false;
try {
  await cp(staticDir, copy, { recursive: true });
  const changed = await shiftCardPadding(copy);
  if (changed.length === 0) fail("no `.sui-card{…padding:…}` rule in the built CSS; update shiftCardPadding() to the Card's new CSS.");

  const isProofShot = (/** @type {import("./stories.mjs").Shot} */ shot) => shot.theme === "light" && !shot.rtl && shot.width === 1280;
  const baselines = await readdir(baselineDir).catch(() => /** @type {string[]} */ ([]));
  const result = await runVisual({
    staticDir: copy,
    baselineDir,
    outputDir: join(copy, "results"),
    // Stories without a committed baseline are the visual step's business, not this proof's.
    stories: (story) => baselines.some((file) => file.startsWith(`${story.id}--light--`)),
    shots: isProofShot,
    axe: false,
    // Which stories show a Card, asked of the page itself rather than kept in a list here.
    probe: (page) =>
      page.evaluate(() => [...document.querySelectorAll(".sui-card")].some((element) => element.checkVisibility())),
  });

  const showsCard = new Set(result.stories.filter((story) => result.probes.get(story.id)?.some(Boolean)).map((story) => story.id));
  const differ = new Set(result.screenshots.filter((shot) => shot.comparison.status === "differ").map((shot) => shot.storyId));
  const unexpected = [...differ].filter((id) => !showsCard.has(id));
  const undetected = [...showsCard].filter((id) => !differ.has(id));
  const broken = result.screenshots.filter((shot) => !["match", "differ"].includes(shot.comparison.status));

  if (result.storyErrors.length > 0) fail(`stories failed to render:\n${result.failures.join("\n")}`);
  if (broken.length > 0) fail(`unexpected comparison results: ${broken.map((shot) => `${shot.name} ${shot.comparison.status}`).join(", ")}`);
  if (showsCard.size === 0) fail(`no story with a committed baseline shows a Card (${result.stories.length} stories checked). Run \`npm run test:visual:update\`.`);
  if (unexpected.length > 0 || undetected.length > 0) {
    keep = true;
    fail(
      [
        "the stories that differ are not exactly the stories that show a Card.",
        unexpected.length ? `  differ without a Card: ${unexpected.join(", ")}` : "",
        undetected.length ? `  show a Card but did not differ: ${undetected.join(", ")}` : "",
        `  images: ${join(copy, "results")}`,
      ]
        .filter(Boolean)
        .join("\n"),
    );
  }
  console.log(
    `✓ Visual failure proof: shifting the Card padding (${changed.join(", ")}) is reported for exactly the ${differ.size} stories that show a Card (${[...differ].join(", ")}); the other ${result.stories.length - differ.size} still match. ${(result.durationMs / 1000).toFixed(1)} s`,
  );
} catch (error) {
  if (!(error instanceof ProofFailed)) throw error;
  console.error(`✗ Visual failure proof: ${error.message}`);
  process.exitCode = 1;
} finally {
  if (!keep) await rm(copy, { recursive: true, force: true });
}
