import { readFileSync, writeFileSync } from "node:fs";
import { it } from "vitest";
import { evaluatePage, StakingPage } from "../../src/mdx/index";
import { renderOnServer } from "../setup/ssr";
import { buildCss } from "../../scripts/build-css.mjs";

it("scratch", async () => {
  const { css } = buildCss({ minify: false });
  for (const f of ["staking-pools", "restaking"]) {
    const raw = readFileSync(`stories/pages/${f}.zh.md`, "utf8");
    const page = await evaluatePage(raw);
    const { html, warnings, errors } = renderOnServer(<StakingPage page={page} />);
    console.log(warnings, errors);
    for (const theme of ["light", "dark"]) writeFileSync(`/tmp/scratch/${f}-${theme}.html`, `<!doctype html><html data-theme="${theme}"><head><meta charset="utf-8"><style>${css} body{margin:0;background:var(--sui-color-bg)}</style></head><body>${html}</body></html>`);
  }
});
