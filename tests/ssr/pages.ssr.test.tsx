import { beforeEach, describe, expect, it } from "vitest";
import { resetDevWarnings } from "../../src/lib/dev-warning";
import { evaluatePage, mdxComponents, StakingPage } from "../../src/mdx/index";
import restaking from "../../stories/pages/restaking.zh.md?raw";
import stakingPools from "../../stories/pages/staking-pools.zh.md?raw";
import { renderOnServer } from "../setup/ssr";

beforeEach(() => resetDevWarnings());

const SEEDS = [
  ["staking-pools.zh.md", stakingPools],
  ["restaking.zh.md", restaking],
] as const;

/** The outline as the source states it: every `##`–`######` line outside frontmatter. */
function outlineOf(source: string) {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, "");
  return [...body.matchAll(/^(#{2,6}) (.*)$/gm)].map((match) => {
    const text = match[2] ?? "";
    const id = /\{#([^}]+)\}\s*$/.exec(text)?.[1];
    return { level: match[1]?.length, id, text: text.replace(/\s*\{#[^}]+\}\s*$/, "") };
  });
}

const TAGS_IN = (source: string) => new Set([...source.matchAll(/<([A-Z][A-Za-z]*)/g)].map((match) => match[1] ?? ""));

describe.each(SEEDS)("seed page %s on the server", (_name, source) => {

  it("renders through evaluatePage + StakingPage with every heading id, no placeholder, no warning", async () => {
    const page = await evaluatePage(source);
    const { html, warnings, errors } = renderOnServer(<StakingPage page={page} />);
    expect(warnings).toEqual([]);
    expect(errors).toEqual([]);
    expect(html).not.toContain('data-slot="unknown-component"');
    for (const { id, level } of outlineOf(source)) {
      expect(html, `#${id}`).toMatch(new RegExp(`<h${level} id="${id}"`));
      expect(html, `toc link #${id}`).toContain(`href="#${id}"`);
    }
    expect(html).not.toMatch(/\{#[a-z-]+\}/);
    expect(html).toContain(`<h1 data-slot="page-title" class="sui-page__title">${page.frontmatter.title}</h1>`);
    for (const tag of TAGS_IN(source)) expect(Object.hasOwn(mdxComponents, tag), `<${tag}> is mapped`).toBe(true);
  });

  it("returns the heading outline the source has", async () => {
    const page = await evaluatePage(source);
    expect(page.headings).toEqual(outlineOf(source));
    expect(page.locale).toBe("zh");
  });

  it("resolves emoji shortcodes at compile time, without the emoji data registered", async () => {
    const page = await evaluatePage(source);
    expect(page.frontmatter.emoji).not.toMatch(/^:/);
    const { html } = renderOnServer(<page.Content />);
    expect(html).not.toMatch(/data-unresolved/);
    expect(html).not.toMatch(/:(stopwatch|droplet|bulb|eyes):/);
  });
});

describe("seed-specific rendering", () => {
  it("staking pools: Card shortcodes become emoji and the summary list comes from summaryPoints", async () => {
    const page = await evaluatePage(stakingPools);
    const { html } = renderOnServer(<StakingPage page={page} />);
    expect(html).toContain("⏱️");
    expect(html).toContain("💧");
    expect(html).toContain("💸");
    expect(html.match(/data-slot="page-summary-point"/g)).toHaveLength(3);
    expect(html).toContain('lang="zh"');
  });

  it("restaking: summaryPoint1, in-page buttons, tables in named focusable regions, utilities kept", async () => {
    const page = await evaluatePage(restaking);
    const { html } = renderOnServer(<StakingPage page={page} />);
    expect(html.match(/data-slot="page-summary-point"/g)).toHaveLength(1);
    expect(html).toMatch(/<a[^>]*href="#what-is-restaking"[^>]*data-slot="button-link"|<a[^>]*data-slot="button-link"[^>]*href="#what-is-restaking"/);
    expect(html.match(/role="region" aria-label="表格：[^"]+" tabindex="0"/g)).toHaveLength(4);
    expect(html).toContain("💡");
    expect(html).toContain("👀");
    expect(html).toMatch(/class="sui-md-p mt-2"/);
    expect(html).toMatch(/data-slot="alert"[^>]*class="[^"]*justify-between/);
    // The raw <a> inside the last alert went through SafeLink (external: rel added).
    expect(html).toMatch(/<a href="https:\/\/vitalik\.eth\.limo[^"]*" rel="noopener noreferrer" data-slot="link"/);
    // Text on its own lines inside a raw <p> or a ButtonLink does not become a paragraph of its own.
    expect(html).not.toMatch(/<p[^>]*>\s*<p/);
    expect(html).toMatch(/data-slot="button-link"[^>]*>\s*了解更多\s*<\/a>/);
  });
});
