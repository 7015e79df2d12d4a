import type { StoryObj } from "@storybook/react-vite";
import { expect, waitFor } from "storybook/test";
import { evaluatePage, type EvaluatedPage } from "../../src/mdx/evaluate-page";
import { StakingPage } from "../../src/mdx/staking-page/staking-page";

/** Explicit `{#id}` ids of a page source, read straight from its `## Title {#id}` lines. */
export function explicitHeadingIds(source: string): string[] {
  return [...source.matchAll(/^#{1,6}\s.*?\{#([^\s}]+)\}\s*$/gm)].map((match) => match[1] ?? "");
}

export type PageStory = StoryObj<typeof StakingPage>;

/**
 * The story of one seed page: it is evaluated in a loader (compiling MDX is asynchronous), rendered
 * verbatim through StakingPage, and checked for unresolved tags and missing heading ids.
 */
export function pageStory(source: string): PageStory {
  return {
    loaders: [async () => ({ page: await evaluatePage(source) })],
    render: (_args, { loaded }) => <StakingPage page={loaded.page as EvaluatedPage} />,
    play: async ({ canvasElement }) => {
      await expect(canvasElement.querySelectorAll('[data-slot="unknown-component"]')).toHaveLength(0);
      for (const id of explicitHeadingIds(source)) {
        const heading = canvasElement.querySelector(`[id="${id}"]`);
        await expect(heading, `heading #${id}`).not.toBeNull();
        await expect(heading?.tagName).toMatch(/^H[1-6]$/);
      }
      await expect(canvasElement.querySelector("h1")).not.toBeNull();

      // The contents follow the reader: nothing is current at the top; jumping to the first listed
      // section marks it; back at the top nothing is again (so the screenshot shows the page as
      // it loads).
      const toc = canvasElement.querySelector<HTMLElement>('[data-slot="page-toc"]')!;
      const current = () => [...toc.querySelectorAll('[aria-current="location"]')].map((link) => link.getAttribute("href"));
      await expect(current()).toEqual([]);
      const firstHref = toc.querySelector('[data-slot="page-toc-link"]')!.getAttribute("href")!;
      const view = canvasElement.ownerDocument.defaultView!;
      canvasElement.ownerDocument.getElementById(firstHref.slice(1))!.scrollIntoView({ block: "start" });
      await waitFor(() => expect(current()).toEqual([firstHref]));
      // Marked by weight, not colour alone.
      const [marked, other] = [toc.querySelector('[aria-current="location"]')!, toc.querySelector('[data-slot="page-toc-link"]:not([aria-current])')!];
      await expect(view.getComputedStyle(marked).fontWeight).toBe("700");
      await expect(view.getComputedStyle(other).fontWeight).not.toBe("700");
      view.scrollTo(0, 0);
      await waitFor(() => expect(current()).toEqual([]));
    },
  };
}
