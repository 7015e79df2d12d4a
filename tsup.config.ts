import { defineConfig } from "tsup";

// Two builds:
// - ESM, one output file per source file (bundle: false). A bundler importing only `Card` follows
//   Card's own imports and nothing else, and each file keeps its own "use client" directive.
// - CJS, one bundle per entry, for `require` consumers (Node SSR, older tools), with .d.cts types.
//   Code shared by entries goes into shared chunks (splitting): with a copy per bundle,
//   `require("staking-ui/emoji/register")` filled a shortcode registry that `require("staking-ui")`
//   never read, and staking-ui/mdx would render components outside the main entry's provider context.
const sourceFiles = ["src/**/*.ts", "src/**/*.tsx", "!src/**/*.test.*", "!src/**/*.stories.*"];
const cjsEntries = {
  index: "src/index.ts",
  emoji: "src/emoji/index.ts",
  "emoji-register": "src/emoji/register.ts",
  mdx: "src/mdx/index.ts",
  "locales-zh": "src/locales/zh/index.ts",
  "locales-zh-register": "src/locales/zh/register.ts",
  "locales-ar": "src/locales/ar/index.ts",
  "locales-ar-register": "src/locales/ar/register.ts",
};

export default defineConfig([
  {
    entry: sourceFiles,
    outDir: "dist/esm",
    format: ["esm"],
    bundle: false,
    target: "es2022",
    platform: "neutral",
    sourcemap: false,
    clean: false,
    dts: false,
  },
  {
    entry: cjsEntries,
    outDir: "dist/cjs",
    format: ["cjs"],
    bundle: true,
    target: "es2022",
    platform: "neutral",
    clean: false,
    dts: true,
    splitting: true,
    skipNodeModulesBundle: true,
    outExtension: () => ({ js: ".cjs" }),
  },
]);
