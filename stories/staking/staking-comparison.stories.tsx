import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn } from "storybook/test";
import { StakingComparison } from "../../src/components/staking-comparison/staking-comparison";
import { stakingComparisonMessages } from "../../src/components/staking-comparison/messages";
import { otherStakingOptions, stakingOptionText } from "../../src/content/options";
import { ar } from "../../src/locales/ar";
import { zh } from "../../src/locales/zh";
import type { StakingOptionId } from "../../src/content/types";

const meta = {
  title: "Staking/StakingComparison",
  component: StakingComparison,
  args: { page: "pools", onOptionClick: fn() },
  argTypes: {
    page: { control: { type: "inline-radio" }, options: ["solo", "saas", "pools"] },
    headingLevel: { control: { type: "select" }, options: [2, 3, 4, 5] },
    locale: { control: { type: "select" }, options: [undefined, "en", "zh", "ar"] },
    dir: { control: { type: "inline-radio" }, options: [undefined, "ltr", "rtl"] },
  },
} satisfies Meta<typeof StakingComparison>;

export default meta;
type Story = StoryObj<typeof meta>;
type PlayContext = Parameters<NonNullable<Story["play"]>>[0];

/** The other two options, each with its title, comparison sentence and a uniquely named link. */
async function expectComparison({ canvas }: PlayContext, page: StakingOptionId, locale: "en" | "zh" | "ar") {
  const text = { en: stakingComparisonMessages.en, zh: zh.messages.StakingComparison, ar: ar.messages.StakingComparison }[locale];
  await expect(canvas.getByRole("heading", { level: 2, name: text.heading })).toBeVisible();
  const others = otherStakingOptions(page);
  await expect(canvas.getAllByRole("listitem")).toHaveLength(others.length);
  for (const option of others) {
    const title = stakingOptionText(option.id, locale).title;
    await expect(canvas.getByRole("heading", { level: 3, name: title })).toBeVisible();
    await expect(canvas.getByText((text as Record<string, string>)[`compare.${page}.${option.id}`]!)).toBeVisible();
    const link = canvas.getByRole("link", { name: text.learnMore.replace("{option}", title) });
    await expect(link).toHaveAttribute("href", option.href);
  }
}

/** `<StakingComparison page="pools" />` as the pooled-staking seed page writes it, in its language. */
export const Seed: Story = {
  globals: { locale: "zh" },
  play: async (context) => expectComparison(context, "pools", "zh"),
};

export const Solo: Story = {
  args: { page: "solo" },
  globals: { locale: "en" },
  play: async (context) => expectComparison(context, "solo", "en"),
};

export const StakingAsAService: Story = {
  args: { page: "saas" },
  globals: { locale: "en" },
  play: async (context) => expectComparison(context, "saas", "en"),
};

export const Pools: Story = {
  args: { page: "pools" },
  globals: { locale: "en" },
  play: async (context) => {
    await expectComparison(context, "pools", "en");
    // The titles take their option's accent colour.
    const title = context.canvas.getByRole("heading", { level: 3, name: "Solo staking" });
    const icon = title.closest("li")!.querySelector("svg")!;
    await expect(getComputedStyle(title).color).toBe(getComputedStyle(icon).color);
  },
};

export const Dark: Story = {
  args: { page: "solo" },
  globals: { theme: "dark", locale: "en" },
};

export const DarkPools: Story = {
  args: { page: "pools" },
  globals: { theme: "dark", locale: "en" },
};

export const Chinese: Story = {
  args: { page: "saas" },
  globals: { locale: "zh" },
  play: async (context) => expectComparison(context, "saas", "zh"),
};

export const Arabic: Story = {
  globals: { locale: "ar" },
  play: async (context) => {
    await expectComparison(context, "pools", "ar");
    const root = context.canvasElement.querySelector<HTMLElement>("[data-slot=staking-comparison]")!;
    await expect(root).toHaveAttribute("dir", "rtl");
  },
};

/** A phone-sized viewport: the two options stack. */
export const Narrow: Story = {
  globals: { locale: "en", viewport: { value: "mobile1" } },
  parameters: { viewport: { defaultViewport: "mobile1" } },
  play: async ({ canvas }) => {
    const [first, second] = canvas.getAllByRole("listitem");
    await expect(second!.getBoundingClientRect().top).toBeGreaterThanOrEqual(first!.getBoundingClientRect().bottom);
  },
};

/** Under an `h2` of the page, the component's heading can sit one level lower. */
export const HeadingLevel3: Story = {
  args: { headingLevel: 3 },
  globals: { locale: "en" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("heading", { level: 3, name: "Comparison with other options" })).toBeVisible();
    await expect(canvas.getAllByRole("heading", { level: 4 })).toHaveLength(2);
  },
};
