import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { evaluatePage } from "../../src/mdx/evaluate-page";
import { StakingPage } from "../../src/mdx/staking-page/staking-page";
import { buildToc } from "../../src/mdx/staking-page/toc";
import restaking from "../../stories/pages/restaking.zh.md?raw";
import stakingPools from "../../stories/pages/staking-pools.zh.md?raw";
import { expectNoAxeViolations } from "../setup/axe";

const SOURCE = `---
title: 再质押
description: 使用已质押的 ETH 保护其他服务。
lang: zh
emoji: ":recycle:"
summaryPoint2: 第二点
summaryPoint1: 第一点
buttons:
  - content: 什么是再质押？
    toId: what-is-restaking
  - content: 工作原理
    toId: how-it-works
    isSecondary: true
---

## 什么是再质押？ {#what-is-restaking}

Text.

### 细节 {#details}

## 工作原理{#how-it-works}

More text.
`;

describe("StakingPage", () => {
  it("renders the header from frontmatter: emoji, title, description, summary points and in-page buttons", async () => {
    const page = await evaluatePage(SOURCE);
    render(<StakingPage page={page} />);
    const header = screen.getByRole("banner");
    expect(within(header).getByRole("heading", { level: 1, name: "再质押" })).toBeInTheDocument();
    expect(within(header).getByText("使用已质押的 ETH 保护其他服务。")).toBeInTheDocument();
    expect(within(header).getByText("♻️")).toHaveAttribute("aria-hidden", "true");
    const summary = within(header).getByRole("list", { name: "摘要" });
    expect(within(summary).getAllByRole("listitem").map((item) => item.textContent)).toEqual(["第一点", "第二点"]);
    const primary = within(header).getByRole("link", { name: "什么是再质押？" });
    expect(primary).toHaveAttribute("href", "#what-is-restaking");
    expect(primary).not.toHaveAttribute("data-secondary");
    expect(within(header).getByRole("link", { name: "工作原理" })).toHaveAttribute("data-secondary");
  });

  it("lists levels 2 and 3 in a labelled table of contents, nested, linking to the heading ids", async () => {
    const page = await evaluatePage(SOURCE);
    render(<StakingPage page={page} />);
    const toc = screen.getByRole("navigation", { name: "本页内容" });
    const links = within(toc).getAllByRole("link");
    expect(links.map((link) => [link.textContent, link.getAttribute("href")])).toEqual([
      ["什么是再质押？", "#what-is-restaking"],
      ["细节", "#details"],
      ["工作原理", "#how-it-works"],
    ]);
    expect(within(toc).getByRole("link", { name: "细节" }).closest("ol")?.parentElement?.closest("li")).toHaveTextContent(/^什么是再质押？/);
    for (const [, href] of links.map((link) => [link, link.getAttribute("href")])) {
      expect(document.getElementById(String(href).slice(1))).not.toBeNull();
    }
  });

  it("marks the section being read in the contents as the reader scrolls, and none above the first", async () => {
    const page = await evaluatePage(SOURCE);
    // Where each heading's top is in the viewport; jsdom has no layout, so the test places them.
    const tops: Record<string, number> = { "what-is-restaking": 400, details: 900, "how-it-works": 1400 };
    const rect = vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (this: HTMLElement) {
      return DOMRect.fromRect({ x: 0, y: tops[this.id] ?? 0, width: 100, height: 20 });
    });
    try {
      render(<StakingPage page={page} />);
      const toc = screen.getByRole("navigation", { name: "本页内容" });
      const currentLinks = () => within(toc).queryAllByRole("link", { current: "location" }).map((link) => link.textContent);
      expect(currentLinks()).toEqual([]);

      const scrollBy = async (distance: number) => {
        for (const id of Object.keys(tops)) tops[id]! -= distance;
        fireEvent.scroll(document);
        await waitFor(() => expect(rect).toHaveBeenCalled());
      };
      await scrollBy(350); // the first heading is 50 px from the top: reached
      await waitFor(() => expect(currentLinks()).toEqual(["什么是再质押？"]));
      await scrollBy(800); // past the nested "details", "how it works" still 250 px down
      await waitFor(() => expect(currentLinks()).toEqual(["细节"]));
      await scrollBy(250);
      await waitFor(() => expect(currentLinks()).toEqual(["工作原理"]));
      await scrollBy(-1400); // back to the top
      await waitFor(() => expect(currentLinks()).toEqual([]));
    } finally {
      rect.mockRestore();
    }
  });

  it("puts no current section in the server HTML, so hydration matches", async () => {
    const page = await evaluatePage(SOURCE);
    const { renderToString } = await import("react-dom/server");
    expect(renderToString(<StakingPage page={page} />)).not.toContain("aria-current");
  });

  it("takes lang and direction from the page, or from props (RTL for Arabic)", async () => {
    const page = await evaluatePage(SOURCE);
    const { container, rerender } = render(<StakingPage page={page} />);
    const root = container.querySelector('[data-slot="staking-page"]');
    expect(root).toHaveAttribute("lang", "zh");
    expect(root).toHaveAttribute("dir", "ltr");
    rerender(<StakingPage page={page} locale="ar" />);
    expect(root).toHaveAttribute("dir", "rtl");
    expect(screen.getByRole("navigation", { name: "في هذه الصفحة" })).toBeInTheDocument();
  });

  it("accepts frontmatter, headings and children directly, as a server component would pass them", () => {
    render(
      <StakingPage frontmatter={{ title: "Pools", summaryPoints: ["One"] }} headings={[{ level: 2, id: "a", text: "A" }]} messages={{ tableOfContents: "Contents" }}>
        <h2 id="a">A</h2>
      </StakingPage>,
    );
    expect(screen.getByRole("heading", { level: 1, name: "Pools" })).toBeInTheDocument();
    expect(screen.getByRole("navigation", { name: "Contents" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "A" })).toBeInTheDocument();
  });

  it("warns, naming the prop, for a button pointing at no heading and for a missing page", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    render(<StakingPage frontmatter={{ buttons: [{ content: "Go", toId: "nowhere" }] }} headings={[{ level: 2, id: "a", text: "A" }]} />);
    const text = warn.mock.calls.flat().join("\n");
    warn.mockRestore();
    expect(text).toMatch(/StakingPage: `buttons\[0\]\.toId` "nowhere" matches no heading id/);
    expect(text).toMatch(/StakingPage: needs a `page`/);
    expect(screen.queryByRole("navigation")).not.toBeNull();
  });

  it("has no axe violations", async () => {
    const page = await evaluatePage(SOURCE);
    const { container } = render(<StakingPage page={page} />);
    await expectNoAxeViolations(container);
  });
});

describe("buildToc", () => {
  it("nests level 3 under the level 2 before it and keeps a leading level 3 at the top", () => {
    const toc = buildToc([
      { level: 3, id: "lead", text: "Lead" },
      { level: 2, id: "a", text: "A" },
      { level: 3, id: "a1", text: "A1" },
      { level: 4, id: "deep", text: "Deep" },
      { level: 2, id: "b", text: "B" },
    ]);
    expect(toc.map((entry) => [entry.heading.id, entry.children.map((child) => child.heading.id)])).toEqual([
      ["lead", []],
      ["a", ["a1"]],
      ["b", []],
    ]);
  });
});

describe("the seed pages in the browser DOM", () => {
  it.each([
    ["staking pools", stakingPools],
    ["restaking", restaking],
  ])("%s renders without console errors or warnings", async (_name, source) => {
    const page = await evaluatePage(source);
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const { container } = render(<StakingPage page={page} />);
      expect(container.querySelectorAll('[data-slot="unknown-component"]')).toHaveLength(0);
      for (const heading of page.headings) expect(container.querySelector(`h${heading.level}[id="${heading.id}"]`)).not.toBeNull();
      // React reports invalid nesting (a <p> in a <p>) only when rendering in a DOM.
      expect(error.mock.calls.flat().join("\n")).toBe("");
      expect(warn.mock.calls.flat().join("\n")).toBe("");
    } finally {
      error.mockRestore();
      warn.mockRestore();
    }
  });
});
