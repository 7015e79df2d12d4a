// TabbedSection's generic tabs part, without the restaking diagrams it shows by default.
// tabbed-section.js imports default-tabs.js (which imports both diagrams) statically, and the
// package has no tabs-only entry, so a site that passes its own `tabs` still ships the diagrams.
// To measure the part that competes with bare Radix Tabs, the built package is copied to a scratch
// folder with default-tabs.js replaced by an empty list, and measured by scripts/size.mjs as is.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bundleSource, importNamed, ROOT } from "../../scripts/size.mjs";

const DEFAULT_TABS = "dist/esm/components/tabbed-section/default-tabs.js";

const STUB = `// Stub: no built-in tabs (measurement only).
export const RESTAKING_TAB_VALUES = ["with-restaking", "without-restaking"];
export function restakingTabs() {
  return [];
}
`;

/** Bundles `import { TabbedSection } from "staking-ui"` against the stubbed copy. */
export async function measureTabbedSectionWithoutDiagrams() {
  // Inside the project (.cache/ is ignored) so that esbuild's paths stay short; one folder per call
  // so the benchmark and the test can run at the same time.
  mkdirSync(join(ROOT, ".cache"), { recursive: true });
  const scratch = mkdtempSync(join(ROOT, ".cache", "size-tabs-"));
  try {
    cpSync(join(ROOT, "package.json"), join(scratch, "package.json"));
    cpSync(join(ROOT, "dist"), join(scratch, "dist"), { recursive: true });
    symlinkSync(join(ROOT, "node_modules"), join(scratch, "node_modules"), "dir");
    writeFileSync(join(scratch, DEFAULT_TABS), STUB);
    const bundle = await bundleSource(importNamed(["TabbedSection"]), { root: scratch });
    // Paths relative to the project root, as for every other bundle.
    return { ...bundle, inputs: bundle.inputs.map((input) => input.replace(/^\.cache\/size-tabs-[^/]+\//, "")) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
