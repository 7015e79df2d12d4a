// Next.js App Router: both seed pages are prerendered at build time by server components calling
// evaluatePage; the HTML must hold the pages' own text, headings with their ids, and no placeholder
// for an unknown tag.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { missing, present, visibleHtml } from "./html.mjs";

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
  return problems;
}
