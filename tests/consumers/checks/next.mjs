// Next.js App Router: both seed pages are prerendered at build time by server components calling
// evaluatePage; the HTML must hold the pages' own text, headings with their ids, and no placeholder
// for an unknown tag. The root layout sets up StakingUIProvider with next/link and a resolveHref,
// as the README shows: internal links come out resolved. Then `next start` serves the pages to
// Chromium: no hydration or console error, the client components (ExpandableCard, TabbedSection)
// respond, which proves their "use client" boundaries survived the package build and Next's
// bundling, and an internal link navigates through Next's router without reloading the page.
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
      'href="/zh/staking"', // a Markdown link to /staking/, resolved
      'href="/zh/contributing/adding-staking-products"',
    ],
    absent: ['href="/staking/"', 'href="/contributing/adding-staking-products/"'],
  },
  {
    file: ".next/server/app/restaking.html",
    expect: [
      'id="what-is-restaking"',
      "再质押是指质押者使用已经质押的 ETH 来保护其他去中心化服务",
      "赚取 ETH 奖励 + AVS 奖励", // a GFM table cell
      "最好知道", // inside an Alert
      /<h1[^>]*>再质押<\/h1>/,
      'href="/zh/staking"', // <ButtonLink href="/staking/"> and [质押者](/staking/), resolved
      'href="/zh/eth"',
    ],
    absent: ['href="/staking/"', 'href="/eth/"'],
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
    problems.push(...present(page.file, html, ['data-slot="unknown-component"', "data-slot=\"page-error\"", ...page.absent]));
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

        // An internal link goes through next/link: the page changes without a reload, so a value
        // left on window survives. A plain <a> would load a new document and lose it.
        await page.evaluate(() => (window.__sameDocument = true));
        await page.getByRole("link", { name: "了解更多" }).click();
        const arrived = await page
          .locator('[data-internal-page="staking"]')
          .waitFor({ timeout: 10_000 })
          .then(() => true, () => false);
        if (!arrived) seen.push(`/restaking: the internal link did not lead to /zh/staking (at ${page.url()})`);
        else if (!(await page.evaluate(() => window.__sameDocument === true))) {
          seen.push("/restaking: the internal link reloaded the page instead of navigating with next/link");
        }
      })),
    );
  } finally {
    await server.stop();
  }
  return problems;
}
