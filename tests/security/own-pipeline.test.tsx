// The safety rules evaluatePage applies, used in a site's own MDX pipeline: @mdx-js/mdx's
// `evaluate` with the plugins staking-ui/mdx exports, as a site on next-mdx-remote or similar
// would wire them.
import { evaluate } from "@mdx-js/mdx";
import remarkGfm from "remark-gfm";
import * as runtime from "react/jsx-runtime";
import { renderToString } from "react-dom/server";
import type { ComponentType } from "react";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { resetDevWarnings } from "../../src/lib/dev-warning";
import {
  BLOCKED_ELEMENTS,
  checkPageSource,
  mdxComponents,
  PAGE_LIMITS,
  preprocessHeadingIds,
  remarkContentSafety,
  stakingRemarkPlugins,
} from "../../src/mdx/index";
import { parseHtml } from "./html";
import { urlProblems } from "./hostile-urls";

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  resetDevWarnings();
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

async function compileOwn(source: string, safe = true): Promise<string> {
  checkPageSource(source);
  const { default: Content } = await evaluate(preprocessHeadingIds(source), {
    ...runtime,
    remarkPlugins: [remarkGfm, ...(safe ? [remarkContentSafety] : []), ...stakingRemarkPlugins],
  });
  const Page = Content as ComponentType<{ components?: typeof mdxComponents }>;
  return renderToString(<Page components={mdxComponents} />);
}

const HOSTILE = [
  "## Stake safely {#safe}",
  "",
  '<script>{"alert(1)"}</script>',
  "",
  '<iframe src="https://example.com/embed" />',
  "",
  '<Card title="Pools" description="Join forces" onClick="alert(2)" />',
  "",
  "[A link](javascript:alert(3)) and [another](https://ethereum.org/staking/)",
  "",
  '<img src="https://example.com/x.png" alt="x" onError="alert(4)" />',
].join("\n");

describe("remarkContentSafety in a site's own pipeline", () => {
  it("is what makes hostile content inert (control: without it, the same source is not)", async () => {
    const unsafe = await compileOwn(HOSTILE, false);
    expect(unsafe).toMatch(/<script|<iframe/);

    const html = await compileOwn(HOSTILE);
    const document = parseHtml(html);
    expect([...BLOCKED_ELEMENTS].filter((tag) => document.getElementsByTagName(tag).length > 0)).toEqual([]);
    expect(html).not.toMatch(/javascript:|onerror|onclick|alert\(/i);
    expect(urlProblems(document, URL)).toEqual([]);
    // The rest of the page renders, through the staking-ui components.
    expect(document.getElementById("safe")?.textContent).toBe("Stake safely");
    expect(document.querySelector('[data-slot="card-title"]')?.textContent).toBe("Pools");
    expect(document.querySelector('a[href="https://ethereum.org/staking/"]')?.textContent).toBe("another");
    expect(warn.mock.calls.map((call) => call.join(" ")).join("\n")).toMatch(/script/);
  });

  it("refuses code with the line and column, through the compiler's own error", async () => {
    await expect(compileOwn('Intro\n\nimport x from "y"\n')).rejects.toMatchObject({
      message: expect.stringMatching(/may not use `import` or `export`/),
      line: 3,
      column: 1,
    });
    await expect(compileOwn("Text\n\n{fetch('/steal')}\n")).rejects.toThrow(/function call/);
  });

  it("checkPageSource bounds the source before the compiler sees it", () => {
    expect(() => checkPageSource("x".repeat(PAGE_LIMITS.maxLength + 1))).toThrow(/at most 131072/);
    expect(() => checkPageSource(">".repeat(PAGE_LIMITS.maxNesting + 1) + " deep")).toThrow(/more than 64 levels/);
    expect(() => checkPageSource("# Fine\n\nText")).not.toThrow();
  });
});
