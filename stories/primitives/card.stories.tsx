import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { Card } from "../../src/components/card/card";

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
