import { evaluate } from "@mdx-js/mdx";
import * as runtime from "react/jsx-runtime";
import remarkGfm from "remark-gfm";
import { beforeEach, describe, expect, it } from "vitest";
import { resetDevWarnings } from "../../src/lib/dev-warning";
import { mdxComponents, preprocessHeadingIds, splitFrontmatter, stakingRemarkPlugins } from "../../src/mdx/index";
import restaking from "../../stories/pages/restaking.zh.md?raw";
import { renderOnServer } from "../setup/ssr";

beforeEach(() => resetDevWarnings());

// What the getting-started docs tell a site with its own MDX pipeline to do.
describe("mdxComponents in a site's own @mdx-js/mdx pipeline", () => {
  it("renders the restaking seed with ids, emoji and guarded raw links, and no warnings", async () => {
    const { body } = splitFrontmatter(restaking);
    const { default: Content } = await evaluate(preprocessHeadingIds(body), {
      ...runtime,
      remarkPlugins: [remarkGfm, ...stakingRemarkPlugins],
    });
    const { html, warnings, errors } = renderOnServer(<Content components={mdxComponents} />);
    expect(warnings).toEqual([]);
    expect(errors).toEqual([]);
    for (const id of ["what-is-restaking", "staking-vs-restaking", "further-reading"]) expect(html).toContain(`<h2 id="${id}"`);
    expect(html).toContain("💡");
    expect(html).toMatch(/href="https:\/\/vitalik\.eth\.limo[^"]*" rel="noopener noreferrer"/);
  });

  it("without the pre-pass, MDX rejects `{#id}`: the pre-pass is what makes such pages compile", async () => {
    await expect(evaluate("## Title {#id}\n", { ...runtime })).rejects.toThrow(/acorn|expression/i);
    await expect(evaluate(preprocessHeadingIds("## Title {#id}\n"), { ...runtime })).resolves.toBeDefined();
  });
});
