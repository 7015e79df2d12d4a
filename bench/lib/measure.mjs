// How every size in the benchmark is measured, for staking-ui and for its peers alike: esbuild
// bundles an entry that re-exports what a site would import, minified, for the browser, with React
// left out (every site already ships it), then gzip at level 9.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { transform as transformCss } from "lightningcss";

export const REACT_EXTERNALS = ["react", "react-dom", "react/*", "react-dom/*"];

/**
 * Bundles `contents` (an ES module source, e.g. `export { Card } from "…"`) and returns its
 * minified and gzipped sizes in bytes, with the bundled text for content checks.
 * `nodePaths` lets the peers resolve from the benchmark's own node_modules folder.
 */
export async function measureJs({ contents, resolveDir, nodePaths = [] }) {
  const result = await build({
    stdin: { contents, resolveDir, loader: "js", sourcefile: "entry.js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2020",
    external: REACT_EXTERNALS,
    nodePaths,
    write: false,
    // Radix and our own client files start with "use client"; esbuild drops the directive when it
    // bundles and says so, which is expected here.
    logLevel: "error",
    define: { "process.env.NODE_ENV": '"production"' },
    metafile: true,
  });
  const code = result.outputFiles[0].contents;
  return {
    minified: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    text: new TextDecoder().decode(code),
    inputs: Object.keys(result.metafile.inputs),
  };
}

/** A stylesheet minified with lightningcss (as our own build does) and gzipped at level 9. */
export function measureCss(file) {
  const source = readFileSync(file);
  let minified;
  try {
    minified = transformCss({ filename: file, code: source, minify: true, errorRecovery: true }).code;
  } catch {
    minified = source;
  }
  return { minified: minified.byteLength, gzip: gzipSync(minified, { level: 9 }).byteLength };
}
