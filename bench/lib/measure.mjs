// Sizes in the benchmark come from scripts/size.mjs (the function the size budgets use): esbuild,
// minified, ESM, browser, production, React external, gzip -9. Peers are imported by a relative path
// to their folder in the bench cache; esbuild then resolves their "module" entry, which for every
// peer here is the same file as their "exports" import entry, and honours their "sideEffects".
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { gzipSync } from "node:zlib";
import { transform as transformCss } from "lightningcss";
import { bundleSource, closeBundler, importAll, importNamed, ROOT } from "../../scripts/size.mjs";

export { closeBundler };

/** A specifier for a package in `modulesDir` that works from the project root. */
export function packageFrom(modulesDir, name) {
  return `./${relative(ROOT, modulesDir)}/${name}`;
}

/** `import { ...names } from specifier`, kept alive, measured. */
export async function measureNamed(names, specifier) {
  const { minified, gzip, inputs } = await bundleSource(importNamed(names, specifier));
  return { minified, gzip, inputs };
}

/** `import * as all from specifier`, measured: the whole entry. */
export async function measureAll(specifier) {
  const { minified, gzip, inputs } = await bundleSource(importAll(specifier));
  return { minified, gzip, inputs };
}

/**
 * A stylesheet as a site serves it: minified by lightningcss (our own build already is; Mantine and
 * Radix Themes ship theirs unminified, a site's bundler minifies them), then gzip -9.
 */
export function measureCss(file) {
  const source = readFileSync(file);
  const minified = transformCss({ filename: file, code: source, minify: true, errorRecovery: true }).code;
  return { minified: minified.byteLength, gzip: gzipSync(minified, { level: 9 }).byteLength };
}
