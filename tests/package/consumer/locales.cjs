// The CommonJS twin of locales.mjs.
"use strict";
const { ProductDisclaimer, StakingUIProvider } = require("staking-ui");
require("staking-ui/locales/ar/register");
const { zh } = require("staking-ui/locales/zh");
const { ar } = require("staking-ui/locales/ar");
const { createElement: h } = require("react");
const { renderToString } = require("react-dom/server");
const report = require("./locales-report.cjs");

process.stdout.write(JSON.stringify(report({ ProductDisclaimer, StakingUIProvider, zh, ar, h, renderToString })));
