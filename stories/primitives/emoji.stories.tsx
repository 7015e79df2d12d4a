import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { Emoji } from "../../src/components/emoji/emoji";
import "../../src/emoji/register";

const meta = {
  title: "Primitives/Emoji",
  component: Emoji,
  args: { text: "🐟" },
  decorators: [(Story) => <div style={{ fontSize: "2rem" }}>{Story()}</div>],
} satisfies Meta<typeof Emoji>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A native emoji is decorative by default: hidden from assistive technology. */
export const Native: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText("🐟")).toHaveAttribute("aria-hidden", "true");
  },
};

/** GitHub shortcodes resolve once the emoji data is registered (`staking-ui/emoji/register`). */
export const Shortcode: Story = {
  args: { text: ":stopwatch:" },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("⏱️")).toBeInTheDocument();
  },
};

/** With a label it is an image with that name. */
export const Labelled: Story = {
  args: { text: ":bulb:", label: "Tip" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("img", { name: "Tip" })).toHaveTextContent("💡");
  },
};

/** An unknown shortcode is shown as typed (and a development warning is logged). */
export const UnknownShortcode: Story = {
  args: { text: ":not_a_real_emoji:" },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(":not_a_real_emoji:")).toHaveAttribute("data-unresolved", "");
  },
};

/** Every shortcode the seed pages use. */
export const SeedShortcodes: Story = {
  render: () => (
    <p style={{ display: "flex", gap: "1rem", margin: 0 }}>
      {[":money_with_wings:", ":stopwatch:", ":droplet:", ":bulb:", ":eyes:", ":recycle:"].map((code) => (
        <Emoji key={code} text={code} label={code} />
      ))}
    </p>
  ),
  play: async ({ canvas }) => {
    for (const [code, emoji] of [
      [":money_with_wings:", "💸"],
      [":bulb:", "💡"],
      [":recycle:", "♻️"],
    ]) {
      await expect(canvas.getByRole("img", { name: code })).toHaveTextContent(emoji!);
    }
  },
};

export const Dark: Story = {
  ...SeedShortcodes,
  globals: { theme: "dark" },
};
