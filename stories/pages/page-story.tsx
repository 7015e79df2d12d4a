import type { StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
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
    },
  };
}
