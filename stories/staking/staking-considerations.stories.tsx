import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, waitFor } from "storybook/test";
import { StakingConsiderations } from "../../src/components/staking-considerations/staking-considerations";
import { CONSIDERATIONS_BY_PAGE, considerationText } from "../../src/content/considerations";
import type { FlagId, StakingOptionId } from "../../src/content/types";

const meta = {
  title: "Staking/StakingConsiderations",
  component: StakingConsiderations,
  args: { page: "pools" },
  argTypes: {
    page: { control: { type: "inline-radio" }, options: ["solo", "saas", "pools"] },
    layout: { control: { type: "inline-radio" }, options: ["auto", "vertical", "compact"] },
    headingLevel: { control: { type: "select" }, options: [2, 3, 4, 5, 6] },
    locale: { control: { type: "select" }, options: [undefined, "en", "zh", "ar"] },
    dir: { control: { type: "inline-radio" }, options: [undefined, "ltr", "rtl"] },
    value: { control: false },
  },
} satisfies Meta<typeof StakingConsiderations>;

export default meta;
type Story = StoryObj<typeof meta>;
type PlayContext = Parameters<NonNullable<Story["play"]>>[0];
type Canvas = PlayContext["canvas"];

/** The one panel a reader sees: every panel is in the DOM, the others are `hidden`. */
function visiblePanel(canvas: Canvas) {
  const panels = canvas.getAllByRole("tabpanel", { hidden: true }).filter((panel) => !panel.hidden);
  if (panels.length !== 1) throw new Error(`expected one visible panel, found ${panels.length}`);
  return panels[0]!;
}

async function expectSelected(canvas: Canvas, id: FlagId, locale: string) {
  const { title, description } = considerationText(id, locale);
  const tab = canvas.getByRole("tab", { name: title });
  await waitFor(() => expect(tab).toHaveFocus());
  await expect(tab).toHaveAttribute("aria-selected", "true");
  await expect(visiblePanel(canvas)).toHaveTextContent(description);
  await expect(visiblePanel(canvas)).toBeVisible();
}

/**
 * The keyboard walk every page must support: Tab lands on the selected consideration, ArrowDown
 * selects the next (the panel follows), End and Home jump to the ends, and Tab enters the panel.
 */
async function walkWithKeyboard({ canvas, userEvent }: PlayContext, page: StakingOptionId, locale: string) {
  const ids = CONSIDERATIONS_BY_PAGE[page];
  const first = ids[0]!;
  const last = ids[ids.length - 1]!;
  await userEvent.tab();
  await expectSelected(canvas, first, locale);
  await userEvent.keyboard("{ArrowDown}");
  await expectSelected(canvas, ids[1]!, locale);
  await userEvent.keyboard("{End}");
  await expectSelected(canvas, last, locale);
  await userEvent.keyboard("{ArrowDown}");
  await expectSelected(canvas, first, locale);
  await userEvent.keyboard("{ArrowUp}");
  await expectSelected(canvas, last, locale);
  await userEvent.keyboard("{Home}");
  await expectSelected(canvas, first, locale);
  await userEvent.tab();
  await expect(visiblePanel(canvas)).toHaveFocus();
  await expect(visiblePanel(canvas)).toHaveAccessibleName(considerationText(first, locale).title);
}

/** `<StakingConsiderations page="pools" />` as the pooled-staking seed page writes it, in its language. */
export const Seed: Story = {
  globals: { locale: "zh" },
  play: async (context) => {
    await expect(context.canvas.getByRole("tablist")).toHaveAttribute("aria-orientation", "vertical");
    await walkWithKeyboard(context, "pools", "zh");
  },
};

export const Solo: Story = {
  args: { page: "solo" },
  globals: { locale: "en" },
  play: async (context) => walkWithKeyboard(context, "solo", "en"),
};

export const StakingAsAService: Story = {
  args: { page: "saas" },
  globals: { locale: "en" },
  play: async (context) => walkWithKeyboard(context, "saas", "en"),
};

export const Pools: Story = {
  args: { page: "pools" },
  globals: { locale: "en" },
  play: async (context) => {
    await walkWithKeyboard(context, "pools", "en");
    // Each state is shown with an icon and words, never by colour alone.
    await context.userEvent.click(context.canvas.getByRole("tab", { name: "Battle tested" }));
    const states = context.canvas.getByRole("list", { name: "How products are marked" });
    const items = states.querySelectorAll("li");
    await expect([...items].map((item) => item.textContent)).toEqual([
      "Positive: Live over 1 year",
      "Caution: Live over 6 months",
      "Warning: Recently launched",
    ]);
    for (const item of items) await expect(item.querySelector("svg")).toBeVisible();
  },
};

export const Dark: Story = {
  globals: { theme: "dark", locale: "en" },
  args: { defaultValue: "battle-tested" },
};

export const Chinese: Story = {
  args: { page: "solo" },
  globals: { locale: "zh" },
  play: async (context) => walkWithKeyboard(context, "solo", "zh"),
};

/** Right to left: the list sits at the inline start, which is the right-hand side. */
export const Arabic: Story = {
  globals: { locale: "ar" },
  args: { defaultValue: "battle-tested" },
  play: async ({ canvas, canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>("[data-slot=staking-considerations]")!;
    await expect(root).toHaveAttribute("dir", "rtl");
    const list = canvas.getByRole("tablist").getBoundingClientRect();
    const panel = visiblePanel(canvas).getBoundingClientRect();
    await expect(list.left).toBeGreaterThanOrEqual(panel.right);
  },
};

/** An Arabic block inside an English page keeps its own direction. */
export const ArabicInsideEnglish: Story = {
  args: { page: "saas", locale: "ar" },
  globals: { locale: "en" },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>("[data-slot=staking-considerations]")!;
    await expect(root).toHaveAttribute("dir", "rtl");
    await expect(root).toHaveAttribute("lang", "ar");
  },
};

/**
 * A phone-sized viewport: the list becomes a compact row of tabs above the panel that scrolls
 * sideways. The tabs stay real tabs: Left/Right (and Up/Down) move between them, Home/End work,
 * and the focused tab is scrolled into view.
 */
export const Narrow: Story = {
  globals: { locale: "en", viewport: { value: "mobile1" } },
  parameters: { viewport: { defaultViewport: "mobile1" } },
  play: async ({ canvas, userEvent }) => {
    const list = canvas.getByRole("tablist");
    await waitFor(() => expect(list).toHaveAttribute("aria-orientation", "horizontal"));
    await expect(list.scrollWidth).toBeGreaterThan(list.clientWidth);
    const listBox = list.getBoundingClientRect();
    await expect(visiblePanel(canvas).getBoundingClientRect().top).toBeGreaterThanOrEqual(listBox.bottom);

    await userEvent.tab();
    await expectSelected(canvas, "open-source", "en");
    await userEvent.keyboard("{ArrowRight}");
    await expectSelected(canvas, "audited", "en");
    await userEvent.keyboard("{ArrowDown}");
    await expectSelected(canvas, "bug-bounty", "en");
    await userEvent.keyboard("{ArrowLeft}");
    await expectSelected(canvas, "audited", "en");
    await userEvent.keyboard("{End}");
    await expectSelected(canvas, "liquidity-token", "en");
    const last = canvas.getByRole("tab", { name: "Liquidity token" });
    await waitFor(() => {
      const box = last.getBoundingClientRect();
      const listBox = list.getBoundingClientRect();
      expect(box.right).toBeLessThanOrEqual(listBox.right + 1);
    });
    await userEvent.tab();
    await expect(visiblePanel(canvas)).toHaveFocus();
  },
};

/** In the compact row, a selection far down the list is scrolled into view from the start. */
export const NarrowLaterSelection: Story = {
  args: { defaultValue: "liquidity-token" },
  globals: { locale: "ar", viewport: { value: "mobile1" } },
  parameters: { viewport: { defaultViewport: "mobile1" } },
  play: async ({ canvas }) => {
    const list = canvas.getByRole("tablist");
    await waitFor(() => expect(list).toHaveAttribute("aria-orientation", "horizontal"));
    const tab = canvas.getByRole("tab", { selected: true });
    await waitFor(() => {
      const listBox = list.getBoundingClientRect();
      const tabBox = tab.getBoundingClientRect();
      expect(tabBox.left).toBeGreaterThanOrEqual(listBox.left - 1);
      expect(tabBox.right).toBeLessThanOrEqual(listBox.right + 1);
    });
  },
};

/** A narrow column in a wide page: the container, not the viewport, decides the layout. */
export const NarrowContainer: Story = {
  globals: { locale: "en" },
  decorators: [
    (Story) => (
      <div style={{ maxInlineSize: "22rem" }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByRole("tablist")).toHaveAttribute("aria-orientation", "horizontal"));
  },
};

/** `layout="vertical"` keeps the list beside the panel whatever the width. */
export const ForcedVertical: Story = {
  args: { layout: "vertical", page: "solo" },
  globals: { locale: "en" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("tablist")).toHaveAttribute("aria-orientation", "vertical");
  },
};

/** Controlled: the selection lives in the parent's state. */
export const Controlled: Story = {
  globals: { locale: "en" },
  render: function ControlledStory(args) {
    const [value, setValue] = useState<FlagId>("trustless");
    return (
      <>
        <p>
          Selected: <output>{value}</output>
        </p>
        <StakingConsiderations {...args} value={value} onValueChange={setValue} />
      </>
    );
  },
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByRole("status")).toHaveTextContent("trustless");
    await userEvent.click(canvas.getByRole("tab", { name: "Liquidity token" }));
    await expect(canvas.getByRole("status")).toHaveTextContent("liquidity-token");
    await expect(visiblePanel(canvas)).toHaveAccessibleName("Liquidity token");
  },
};
