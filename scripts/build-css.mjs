// Bundles src/styles/index.css (tokens, base rules, one file per component) with lightningcss into
//   dist/styles.css          every rule unlayered, for sites without cascade layers in play;
//   dist/styles.layered.css  every rule inside @layer staking-ui, so a site's own CSS (Tailwind
//                            layers, resets) wins without specificity fights.
import { bundle, browserslistToTargets } from "lightningcss";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const entry = join(root, "src/styles/index.css");
// Browsers the stylesheet supports (README, Compatibility). light-dark() is native from these on;
// it must not be lowered, because its lowered form resolves at :root and breaks nested themes.
const targets = browserslistToTargets(["chrome 123", "edge 123", "firefox 120", "safari 17.5"]);

/** Returns both stylesheets as strings; `entryFile` lets tests bundle a modified copy. */
export function buildCss({ minify = true, entryFile = entry } = {}) {
  const css = bundle({ filename: entryFile, minify, targets }).code.toString();
  // The layered variant is the same bundle imported into a named layer by a one-line wrapper.
  const dir = mkdtempSync(join(tmpdir(), "sui-css-"));
  try {
    const wrapper = join(dir, "layered.css");
    writeFileSync(wrapper, `@import ${JSON.stringify(entryFile)} layer(staking-ui);\n`);
    const layered = bundle({ filename: wrapper, minify, targets }).code.toString();
    return { css, layered };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { css, layered } = buildCss();
  mkdirSync(join(root, "dist"), { recursive: true });
  writeFileSync(join(root, "dist/styles.css"), css);
  writeFileSync(join(root, "dist/styles.layered.css"), layered);
  console.log(`styles.css ${css.length} B, styles.layered.css ${layered.length} B`);
}
