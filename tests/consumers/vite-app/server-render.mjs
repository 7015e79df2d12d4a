// React 18 on the server, through both module formats the package ships (the same markup either
// way), and both seed pages rendered through staking-ui/mdx, which exercises every component.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { Card } from "staking-ui";
import { evaluatePage } from "staking-ui/mdx";

const require = createRequire(import.meta.url);
const cjs = require("staking-ui");
const props = { emoji: "🐟", title: "Vite consumer", description: "React 18" };
const esmHtml = renderToString(createElement(Card, props));
const cjsHtml = renderToString(createElement(cjs.Card, props));

const pages = {};
for (const file of readdirSync("content").filter((f) => f.endsWith(".md"))) {
  const { Content } = await evaluatePage(readFileSync(`content/${file}`, "utf8"));
  pages[file] = renderToString(createElement(Content));
}
process.stdout.write(JSON.stringify({ react: require("react/package.json").version, esmHtml, cjsHtml, pages }));
