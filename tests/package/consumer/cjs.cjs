// The CommonJS consumer: `require` resolves through the "require" conditions of "exports".
"use strict";
const ui = require("staking-ui");
const mdx = require("staking-ui/mdx");
const emoji = require("staking-ui/emoji");
require("staking-ui/emoji/register");
const { createElement: h } = require("react");
const { renderToString } = require("react-dom/server");
const report = require("./report.cjs");

process.stdout.write(JSON.stringify(report({ ui, mdx, emoji, h, renderToString, resolve: require.resolve })));
