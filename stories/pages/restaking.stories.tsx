import type { Meta } from "@storybook/react-vite";
import { StakingPage } from "../../src/mdx/staking-page/staking-page";
import { pageStory, type PageStory } from "./page-story";
import source from "./restaking.zh.md?raw";

const meta = {
  title: "Pages/Restaking (zh)",
  component: StakingPage,
  parameters: { layout: "fullscreen", controls: { disable: true } },
} satisfies Meta<typeof StakingPage>;

export default meta;

/** The seed page as written, rendered through evaluatePage and StakingPage. */
export const Light: PageStory = { ...pageStory(source), globals: { theme: "light", locale: "zh" } };

/** The same page in the dark theme. */
export const Dark: PageStory = { ...pageStory(source), globals: { theme: "dark", locale: "zh" } };
