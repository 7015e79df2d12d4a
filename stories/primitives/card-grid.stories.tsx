import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { Card } from "../../src/components/card/card";
import { CardGrid } from "../../src/components/card-grid/card-grid";
import { CARD_GRID_GAPS, CARD_GRID_MIN_COLUMN_WIDTHS } from "../../src/components/card-grid/card-grid.variants";
import "../../src/emoji/register";
import { poolCards } from "./seed-content";

const meta = {
  title: "Primitives/CardGrid",
  component: CardGrid,
  args: { minColumnWidth: "md", gap: "md" },
  argTypes: {
    minColumnWidth: { control: { type: "select" }, options: CARD_GRID_MIN_COLUMN_WIDTHS },
    gap: { control: { type: "select" }, options: CARD_GRID_GAPS },
  },
  render: (args) => (
    <CardGrid {...args}>
      {poolCards.map((card) => (
        <Card key={card.title} {...card} />
      ))}
    </CardGrid>
  ),
} satisfies Meta<typeof CardGrid>;

export default meta;
type Story = StoryObj<typeof meta>;

function columnCount(grid: Element): number {
  return getComputedStyle(grid).gridTemplateColumns.split(" ").filter(Boolean).length;
}

/** `<CardGrid>` with the staking-pools page's three cards. */
export const PoolCards: Story = {
  play: async ({ canvasElement }) => {
    const grid = canvasElement.querySelector("[data-slot=card-grid]")!;
    await expect(grid.children).toHaveLength(3);
    await expect(getComputedStyle(grid).display).toBe("grid");
  },
};

/** On a narrow screen the cards stack in one full-width column. */
export const Narrow: Story = {
  decorators: [(Story) => <div style={{ inlineSize: 320 }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    const grid = canvasElement.querySelector("[data-slot=card-grid]")!;
    await expect(columnCount(grid)).toBe(1);
    const card = grid.firstElementChild!.getBoundingClientRect();
    await expect(card.width).toBeCloseTo(grid.getBoundingClientRect().width, 0);
  },
};

/** On a wide screen as many columns fit as the minimum width allows. */
export const Wide: Story = {
  decorators: [(Story) => <div style={{ inlineSize: 1100 }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    await expect(columnCount(canvasElement.querySelector("[data-slot=card-grid]")!)).toBeGreaterThanOrEqual(3);
  },
};

export const MinColumnWidths: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: "2rem", inlineSize: 900 }}>
      {CARD_GRID_MIN_COLUMN_WIDTHS.map((minColumnWidth) => (
        <CardGrid key={minColumnWidth} {...args} minColumnWidth={minColumnWidth} aria-label={`minColumnWidth ${minColumnWidth}`} role="group">
          {[...poolCards, ...poolCards].map((card, index) => (
            <Card key={index} title={card.title} emoji={card.emoji} headingLevel={4} />
          ))}
        </CardGrid>
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    const counts = CARD_GRID_MIN_COLUMN_WIDTHS.map((size) => columnCount(canvas.getByRole("group", { name: `minColumnWidth ${size}` })));
    // Narrower minimum, more columns.
    await expect(counts[0]!).toBeGreaterThan(counts[1]!);
    await expect(counts[1]!).toBeGreaterThan(counts[2]!);
  },
};

export const Gaps: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: "2rem" }}>
      {CARD_GRID_GAPS.map((gap) => (
        <CardGrid key={gap} {...args} gap={gap} data-testid={`gap-${gap}`}>
          {poolCards.map((card) => (
            <Card key={card.title} title={card.title} emoji={card.emoji} headingLevel={4} />
          ))}
        </CardGrid>
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    const gaps = CARD_GRID_GAPS.map((gap) => parseFloat(getComputedStyle(canvas.getByTestId(`gap-${gap}`)).columnGap));
    await expect(gaps[0]!).toBeLessThan(gaps[1]!);
    await expect(gaps[1]!).toBeLessThan(gaps[2]!);
  },
};

export const SingleCard: Story = {
  render: (args) => (
    <CardGrid {...args}>
      <Card {...poolCards[0]} />
    </CardGrid>
  ),
};

export const Dark: Story = {
  globals: { theme: "dark" },
};

export const Arabic: Story = {
  globals: { locale: "ar" },
  render: (args) => (
    <CardGrid {...args}>
      <Card title="حاجز دخول منخفض" emoji="🐟" description="لست من كبار المستثمرين؟ لا مشكلة." />
      <Card title="تخزين سريع" emoji=":stopwatch:" description="التخزين مع مجمع سهل مثل مبادلة رمز." />
      <Card title="رموز التخزين" emoji=":droplet:" description="رمز يمثل حصتك من ETH المخزّن ومكافآته." />
    </CardGrid>
  ),
  play: async ({ canvasElement }) => {
    const grid = canvasElement.querySelector("[data-slot=card-grid]")!;
    const [first, second] = [...grid.children].map((card) => card.getBoundingClientRect());
    // Right to left: the first card is at the right.
    await expect(first!.left).toBeGreaterThan(second!.left);
  },
};
