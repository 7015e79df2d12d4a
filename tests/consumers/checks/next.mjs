// Next.js App Router: both seed pages are prerendered at build time by server components calling
// evaluatePage; the HTML must hold the pages' own text, headings with their ids, and no placeholder
// for an unknown tag. Then `next start` serves them to Chromium: no hydration or console error, and
// the client components (ExpandableCard, TabbedSection) respond, which proves their "use client"
// boundaries survived the package build and Next's bundling.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { withBrowser } from "./browser.mjs";
import { missing, present, visibleHtml } from "./html.mjs";
import { startServer } from "./serve.mjs";

const PAGES = [
  {
    file: ".next/server/app/index.html",
    expect: [
      "Next.js consumer", // the Card imported from the main entry
      'id="what-are-staking-pools"',
      "什么是质押池？",
      "激活一组验证者密钥需要 32 个以太币",
      "我如何赚取奖励？", // ExpandableCard title
      'id="faq"',
      /<h1[^>]*>联合质押<\/h1>/, // frontmatter title
    ],
  },
  {
    file: ".next/server/app/restaking.html",
    expect: [
      'id="what-is-restaking"',
      "再质押是指质押者使用已经质押的 ETH 来保护其他去中心化服务",
      "赚取 ETH 奖励 + AVS 奖励", // a GFM table cell
      "最好知道", // inside an Alert
      /<h1[^>]*>再质押<\/h1>/,
    ],
  },
];

/**
 * Clicks until `attribute` reads `value` (a click that lands before hydration does nothing), for up
 * to 10 s. False if it never does.
 */
async function clickUntil(locator, attribute, value) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    await locator.click({ timeout: 5_000 });
    for (let i = 0; i < 10; i++) {
      if ((await locator.getAttribute(attribute)) === value) return true;
      await locator.page().waitForTimeout(100);
    }
  }
  return false;
}

export async function checkNext(dir) {
  const problems = [];
  for (const page of PAGES) {
    const path = join(dir, page.file);
    if (!existsSync(path)) {
      problems.push(`${page.file} was not prerendered`);
      continue;
    }
    const html = visibleHtml(readFileSync(path, "utf8"));
    problems.push(...missing(page.file, html, page.expect));
    problems.push(...present(page.file, html, ['data-slot="unknown-component"', "data-slot=\"page-error\""]));
  }
  if (problems.length > 0) return problems;

  const server = await startServer(
    join(dir, "node_modules/.bin/next"),
    (port) => ["start", "-p", String(port), "-H", "127.0.0.1"],
    dir,
    { readyPattern: /Ready in/ },
  );
  try {
    problems.push(
      ...(await withBrowser(server.url, async (page, seen) => {
        await page.goto(`${server.url}/`, { waitUntil: "networkidle" });
        const question = page.getByRole("button", { name: "我如何赚取奖励？" });
        if (!(await clickUntil(question, "aria-expanded", "true"))) seen.push("/: ExpandableCard did not open on click");

        await page.goto(`${server.url}/restaking`, { waitUntil: "networkidle" });
        const tab = page.getByRole("tab", { name: "没有再质押" });
        if (!(await clickUntil(tab, "aria-selected", "true"))) seen.push("/restaking: TabbedSection did not switch tabs on click");
      })),
    );
  } finally {
    await server.stop();
  }
  return problems;
}
