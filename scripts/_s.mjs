import { build } from "esbuild";
import { gzipSync } from "node:zlib";
const stubs = JSON.parse(process.argv[2] || "{}");
const r = await build({ stdin: { contents: `import * as all from "staking-ui"; globalThis.x = all;`, resolveDir: process.cwd() }, bundle: true, write: false, minify: true, format: "esm", charset: "utf8", external: ["react","react-dom","react/*","react-dom/*"], define: {"process.env.NODE_ENV":'"production"'}, logLevel: "silent",
  plugins: [{ name: "stub", setup(b) { for (const [re, contents] of Object.entries(stubs)) { b.onLoad({ filter: new RegExp(re) }, () => ({ contents, loader: "js" })); } } }] });
const t = r.outputFiles[0].text; console.log(t.length, gzipSync(t, { level: 9 }).length);
