// A consumer of the locale packs alone (no staking-ui/mdx, which registers them itself): the
// side-effect entry must fill the registry the main entry reads, and a pack passed to the
// provider must reach the components.
import { ProductDisclaimer, StakingUIProvider } from "staking-ui";
import "staking-ui/locales/ar/register";
import { zh } from "staking-ui/locales/zh";
import { ar } from "staking-ui/locales/ar";
import { createElement as h } from "react";
import { renderToString } from "react-dom/server";
import report from "./locales-report.cjs";

process.stdout.write(JSON.stringify(report({ ProductDisclaimer, StakingUIProvider, zh, ar, h, renderToString })));
