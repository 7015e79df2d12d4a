import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { Card } from "../../src/components/card/card";
import { CardGrid } from "../../src/components/card-grid/card-grid";
import "../../src/emoji/register";
import { poolCards } from "./seed-content";

const meta = {
  title: "Primitives/Card",
  component: Card,
  args: {
    title: "准入门槛低",
    emoji: "🐟",
    description:
      "Not a whale? No problem. Most staking pools let you stake virtually any amount of ETH by joining forces with other stakers, unlike staking solo which requires 32 ETH.",
  },
  argTypes: {
    headingLevel: { control: { type: "select" }, options: [2, 3, 4, 5, 6] },
  },
} satisfies Meta<typeof Card>;

export default meta;
type Story = StoryObj<typeof meta>;

export const LowBarrier: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("heading", { level: 3, name: "准入门槛低" })).toBeVisible();
  },
};

/** The three cards of the staking-pools page, as the page lays them out. */
export const PoolCards: Story = {
  render: () => (
    <CardGrid>
      {poolCards.map((card) => (
        <Card key={card.title} {...card} />
      ))}
    </CardGrid>
  ),
  play: async ({ canvas }) => {
    const headings = canvas.getAllByRole("heading", { level: 3 });
    await expect(headings.map((heading) => heading.textContent)).toEqual(["准入门槛低", "快速质押", "质押代币"]);
    // The shortcodes resolve to emoji (the story registers the gemoji data).
    await expect(canvas.getByText("⏱️")).toBeInTheDocument();
    await expect(canvas.getByText("💧")).toBeInTheDocument();
  },
};

/** `emoji=":stopwatch:"`, as the seed writes it. */
export const ShortcodeEmoji: Story = {
  args: { ...poolCards[1] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("⏱️")).toHaveAttribute("aria-hidden", "true");
    await expect(canvas.queryByText(":stopwatch:")).toBeNull();
  },
};

export const NoEmoji: Story = {
  args: { emoji: undefined },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("[data-slot=emoji]")).toBeNull();
  },
};

export const TitleOnly: Story = {
  args: { description: undefined, emoji: undefined },
};

export const HeadingLevel2: Story = {
  args: { headingLevel: 2 },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("heading", { level: 2 })).toBeVisible();
  },
};

export const LongText: Story = {
  args: {
    title: "A very long card title that wraps onto several lines because it keeps going far past the width of a card",
    description:
      "Staking with a pool is as easy as a token swap. No need to worry about hardware setup and node maintenance. Pools allow you to deposit your ETH which enables node operators to run validators. Rewards are then distributed to contributors minus a fee for node operations. ".repeat(3),
  },
  decorators: [(Story) => <div style={{ maxInlineSize: 320 }}>{Story()}</div>],
};

export const UnbrokenWords: Story = {
  args: {
    title: "Stake_with_a_pool_that_has_no_spaces_in_its_very_long_name_at_all",
    description: "See https://example.org/staking/pools/a-very-long-path-segment-without-any-breaks-in-it/details for more.",
  },
  decorators: [(Story) => <div style={{ maxInlineSize: 280 }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector<HTMLElement>('[data-slot="card"]')!;
    // Nothing sticks out: the long words wrap inside the card.
    await expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth);
    for (const part of card.querySelectorAll<HTMLElement>('[data-slot="card-title"], [data-slot="card-description"]')) {
      await expect(part.getBoundingClientRect().right).toBeLessThanOrEqual(card.getBoundingClientRect().right);
    }
  },
};

export const ArabicText: Story = {
  args: {
    title: "حاجز دخول منخفض",
    emoji: "🐟",
    description: "لست من كبار المستثمرين؟ لا مشكلة. تتيح لك معظم مجمعات التخزين تخزين أي كمية تقريبًا من ETH.",
  },
  globals: { locale: "ar" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.ownerDocument.documentElement).toHaveAttribute("dir", "rtl");
  },
};

export const Dark: Story = {
  render: PoolCards.render,
  globals: { theme: "dark" },
};
