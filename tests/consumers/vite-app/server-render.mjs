// React 18 on the server, through both module formats the package ships: the same markup either way.
import { createRequire } from "node:module";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { Card } from "staking-ui";

const require = createRequire(import.meta.url);
const cjs = require("staking-ui");
const props = { emoji: "🐟", title: "Vite consumer", description: "React 18" };
const esmHtml = renderToString(createElement(Card, props));
const cjsHtml = renderToString(createElement(cjs.Card, props));
process.stdout.write(JSON.stringify({ react: require("react/package.json").version, esmHtml, cjsHtml }));
