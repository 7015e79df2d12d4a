// What staking-ui costs a site, measured on the built dist the way a site's bundler would see it:
// each import is bundled alone by esbuild (minified, ESM, browser, production), React external,
// everything else — our modules, Radix, clsx, gemoji, the MDX compiler — bundled, then gzipped at
// level 9. "staking-ui" resolves through package.json "exports" (a package may import itself by
// name), so the figures include what "exports" and "sideEffects" let a bundler drop.
//
//   node scripts/size.mjs               prints the table
//   node scripts/size.mjs --json out    also writes the figures as JSON
//   node scripts/size.mjs --why A,B     what each file adds to `import { A, B } from "staking-ui"`
//
// Needs `npm run build` first. tests/package/size-budgets.test.ts holds the budgets.
import { build, context } from "esbuild";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const PACKAGE = "staking-ui";

// React is the site's own copy in every real install (a peer dependency), so it is never counted.
const REACT = ["react", "react-dom", "react/*", "react-dom/*"];

const gzipBytes = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

function assertBuilt(root) {
  if (!existsSync(join(root, "dist/esm/index.js"))) {
    throw new Error(`No build in ${join(root, "dist")}: run \`npm run build\` first.`);
  }
}

// One incremental esbuild context per project root: the entry is a virtual module whose text
// changes between rebuilds, while every file on disk is parsed once. The MDX compiler alone is
// hundreds of modules, so parsing afresh for each of the ~60 imports measured would be slow.
const contexts = new Map();
const ENTRY = "size-entry";

async function bundler(root) {
  if (!contexts.has(root)) {
    const state = { source: "" };
    const virtualEntry = {
      name: "size-entry",
      setup(pluginBuild) {
        pluginBuild.onResolve({ filter: new RegExp(`^${ENTRY}$`) }, () => ({ path: ENTRY, namespace: ENTRY }));
        pluginBuild.onLoad({ filter: /.*/, namespace: ENTRY }, () => ({ contents: state.source, resolveDir: root, loader: "js" }));
      },
    };
    const ctx = await context({
      entryPoints: [ENTRY],
      bundle: true,
      write: false,
      minify: true,
      format: "esm",
      platform: "browser",
      external: REACT,
      // As site bundlers emit it (Vite does too): UTF-8 text, not \u escapes, and production code.
      charset: "utf8",
      define: { "process.env.NODE_ENV": '"production"' },
      metafile: true,
      plugins: [virtualEntry],
      // Directives such as "use client" are dropped when bundling; that warning is expected here.
      logLevel: "silent",
    });
    // Rebuilds share the context, so they must not overlap: chain them.
    contexts.set(root, { ctx, state, queue: Promise.resolve() });
  }
  return contexts.get(root);
}

/**
 * Bundles an ES module source text as a site would, and measures it.
 * Returns the minified code, its size in bytes, its gzip size, and the files that put bytes into
 * the output (paths relative to `root`, so "node_modules/@radix-ui/…" shows a dependency), also
 * with their minified bytes, largest first (`contributions`).
 */
export async function bundleSource(source, { root = ROOT } = {}) {
  assertBuilt(root);
  const entry = await bundler(root);
  const run = entry.queue.then(async () => {
    entry.state.source = source;
    return entry.ctx.rebuild();
  });
  entry.queue = run.catch(() => {});
  const result = await run;
  const code = result.outputFiles[0].text;
  const [output] = Object.values(result.metafile.outputs);
  const contributions = Object.entries(output.inputs)
    .filter(([file, info]) => info.bytesInOutput > 0 && !file.startsWith(`${ENTRY}:`))
    .map(([file, info]) => ({ file: relative(root, join(root, file)), bytes: info.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
  return {
    code,
    minified: Buffer.byteLength(code),
    gzip: gzipBytes(code),
    inputs: contributions.map(({ file }) => file),
    contributions,
  };
}

/** Releases the esbuild contexts (a process that measured something exits promptly after this). */
export async function closeBundler() {
  const open = [...contexts.values()];
  contexts.clear();
  await Promise.all(open.map(({ ctx }) => ctx.dispose()));
}

/** `import { A, B } from "staking-ui"` and nothing else, kept alive so it cannot be shaken away. */
export function importNamed(names, specifier = PACKAGE) {
  return `import { ${names.join(", ")} } from ${JSON.stringify(specifier)};\nglobalThis.x = [${names.join(", ")}];\n`;
}

/** `import * as all from specifier`: the whole entry, as a site that uses all of it pays. */
export function importAll(specifier) {
  return `import * as all from ${JSON.stringify(specifier)};\nglobalThis.x = all;\n`;
}

/** Measures `import { ...names } from "staking-ui"` bundled alone. */
export function measureNamed(names, options) {
  return bundleSource(importNamed(names), options);
}

/** The run-time named exports of an entry ("staking-ui", "staking-ui/mdx"…), as built. */
export async function exportNames(specifier = PACKAGE, { root = ROOT } = {}) {
  assertBuilt(root);
  const result = await build({
    stdin: { contents: `export * from ${JSON.stringify(specifier)};`, resolveDir: root, loader: "js" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    plugins: [externalDependencies],
    metafile: true,
    logLevel: "silent",
  });
  return [...Object.values(result.metafile.outputs)[0].exports].sort();
}

// Leaves every package but staking-ui itself external: export names need only our own modules.
const externalDependencies = {
  name: "external-dependencies",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, ({ path }) =>
      path === PACKAGE || path.startsWith(`${PACKAGE}/`) ? undefined : { path, external: true },
    );
  },
};

/**
 * Every figure the size report shows: each named export of the main entry imported alone, the
 * whole main entry, the mdx entry, the emoji data (staking-ui/emoji, gemoji included) and the CSS.
 */
export async function measureSizes({ root = ROOT } = {}) {
  const names = await exportNames(PACKAGE, { root });
  const exports = [];
  for (const name of names) {
    const { minified, gzip } = await measureNamed([name], { root });
    exports.push({ name, minified, gzip });
  }
  const entries = [];
  for (const [name, specifier] of [
    ["whole main entry", PACKAGE],
    ["staking-ui/mdx", `${PACKAGE}/mdx`],
    ["staking-ui/emoji (gemoji data)", `${PACKAGE}/emoji`],
  ]) {
    const { minified, gzip } = await bundleSource(importAll(specifier), { root });
    entries.push({ name, minified, gzip });
  }
  const css = ["styles.css", "styles.layered.css"].map((file) => {
    const text = readFileSync(join(root, "dist", file), "utf8");
    return { name: file, minified: Buffer.byteLength(text), gzip: gzipBytes(text) };
  });
  return { exports, entries, css };
}

/** The report as a plain-text table (one row per figure, bytes). */
export function formatSizes({ exports, entries, css }) {
  const rows = [
    ...exports.map((row) => ({ ...row, name: `{ ${row.name} }` })),
    ...entries,
    ...css,
  ];
  const width = Math.max(...rows.map((row) => row.name.length), 6);
  const line = (name, minified, gzip) => `${name.padEnd(width)}  ${minified.padStart(9)}  ${gzip.padStart(9)}`;
  return [
    line("import", "min B", "gzip B"),
    line("-".repeat(width), "-".repeat(9), "-".repeat(9)),
    ...rows.map((row) => line(row.name, String(row.minified), String(row.gzip))),
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (name) => {
    const at = process.argv.indexOf(name);
    if (at === -1) return undefined;
    const value = process.argv[at + 1];
    if (!value) throw new Error(`${name} needs a value`);
    return value;
  };
  const why = option("--why");
  if (why) {
    // `--why Card,CardGrid`: what each file puts into `import { Card, CardGrid } from "staking-ui"`.
    const bundle = await measureNamed(why.split(","));
    console.log(`import { ${why.split(",").join(", ")} }: ${bundle.minified} B minified, ${bundle.gzip} B gzip\n`);
    for (const { file, bytes } of bundle.contributions) console.log(`${String(bytes).padStart(9)}  ${file}`);
  } else {
    const sizes = await measureSizes();
    console.log("minified + gzip -9; react external; each import bundled alone (esbuild, production)\n");
    console.log(formatSizes(sizes));
    const json = option("--json");
    if (json) {
      writeFileSync(json, `${JSON.stringify(sizes, null, 2)}\n`);
      console.log(`\nwrote ${json}`);
    }
  }
  await closeBundler();
}
