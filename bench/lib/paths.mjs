import { fileURLToPath } from "node:url";
import { join } from "node:path";

/** The package root (where package.json and dist/ are). */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const DIST = join(ROOT, "dist");
/** Scratch space for bench bundles; .cache/ is gitignored. */
export const BUILD_DIR = join(ROOT, ".cache", "bench-build");
export const RESULTS_DIR = join(ROOT, "bench", "results");
