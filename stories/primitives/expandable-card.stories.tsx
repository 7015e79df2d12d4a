import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, fn, userEvent, within } from "storybook/test";
import { ButtonLink } from "../../src/components/button-link/button-link";
import { ExpandableCard } from "../../src/components/expandable-card/expandable-card";
import { faq } from "./seed-content";

const meta = {
  title: "Primitives/ExpandableCard",
  component: ExpandableCard,
  args: {
    title: faq.rewards.title,
    children: <p>{faq.rewards.body[0]}</p>,
    onOpenChange: fn(),
  },
  argTypes: {
    headingLevel: { control: { type: "select" }, options: [2, 3, 4, 5, 6] },
    dir: { control: { type: "select" }, options: [undefined, "ltr", "rtl"] },
    locale: { control: { type: "select" }, options: [undefined, "en", "zh", "ar"] },
    open: { control: { type: "select" }, options: [undefined, true, false] },
    children: { control: false },
    icon: { control: false },
  },
} satisfies Meta<typeof ExpandableCard>;

export default meta;
type Story = StoryObj<typeof meta>;

function Paragraphs({ lines }: { lines: readonly string[] }) {
  return (
    <>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </>
  );
}

/** The three FAQ cards of the staking-pools page. */
export const PoolsFaq: Story = {
  render: () => (
    <div style={{ display: "grid", gap: "1rem" }}>
      <ExpandableCard title={faq.rewards.title}>
        <Paragraphs lines={faq.rewards.body} />
      </ExpandableCard>
      <ExpandableCard title={faq.withdrawals.title}>
        <Paragraphs lines={faq.withdrawals.body} />
        <ButtonLink href={faq.withdrawals.link.href}>{faq.withdrawals.link.text}</ButtonLink>
      </ExpandableCard>
      <ExpandableCard title={faq.exchanges.title}>
        <Paragraphs lines={faq.exchanges.body} />
      </ExpandableCard>
    </div>
  ),
  play: async ({ canvas }) => {
    const triggers = canvas.getAllByRole("button");
    await expect(triggers).toHaveLength(3);
    for (const trigger of triggers) {
      await expect(trigger.closest("h3")).not.toBeNull();
      await expect(trigger).toHaveAttribute("aria-expanded", "false");
    }
    // The withdrawals card holds a ButtonLink: opening it makes the link reachable.
    await userEvent.click(triggers[1]!);
    const link = await canvas.findByRole("link", { name: faq.withdrawals.link.text });
    await expect(link).toHaveAttribute("href", "/staking/withdrawals/");
    await userEvent.tab();
    await expect(link).toHaveFocus();
  },
};

/** The keyboard contract: Tab reaches the trigger with a visible ring; Enter and Space toggle. */
export const Keyboard: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole("button", { name: `${faq.rewards.title} More` });
    const card = canvasElement.querySelector("[data-slot=expandable-card]")!;
    await userEvent.tab();
    await expect(trigger).toHaveFocus();
    await expect(trigger.matches(":focus-visible")).toBe(true);
    const outline = getComputedStyle(trigger);
    await expect(outline.outlineStyle).not.toBe("none");
    await expect(parseFloat(outline.outlineWidth)).toBeGreaterThan(0);

    await userEvent.keyboard("{Enter}");
    await expect(trigger).toHaveAttribute("aria-expanded", "true");
    await expect(trigger).toHaveAttribute("data-state", "open");
    await expect(card).toHaveAttribute("data-state", "open");
    await expect(trigger).toHaveTextContent("Less");
    await expect(canvas.getByRole("region", { name: faq.rewards.title })).toHaveTextContent(faq.rewards.body[0]);
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(true);

    await userEvent.keyboard(" ");
    await expect(trigger).toHaveAttribute("aria-expanded", "false");
    await expect(trigger).toHaveAttribute("data-state", "closed");
    await expect(card).toHaveAttribute("data-state", "closed");
    await expect(trigger).toHaveTextContent("More");
    await expect(canvas.queryByRole("region")).toBeNull();
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(false);

    await userEvent.keyboard(" ");
    await expect(trigger).toHaveAttribute("aria-expanded", "true");
    await expect(trigger).toHaveFocus();
  },
};

export const WithPreviewAndIcon: Story = {
  args: {
    icon: <span>💰</span>,
    contentPreview: "ERC-20 质押代币代表你的质押以太币和奖励。",
  },
  play: async ({ canvas }) => {
    const trigger = canvas.getByRole("button");
    await expect(trigger).toHaveAccessibleDescription("ERC-20 质押代币代表你的质押以太币和奖励。");
  },
};

export const DefaultOpen: Story = {
  args: { defaultOpen: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button")).toHaveAttribute("aria-expanded", "true");
    await expect(canvas.getByRole("region")).toBeVisible();
  },
};

/** Open state held by the page, e.g. to open a card from a link or to log analytics. */
export const Controlled: Story = {
  render: function Render(args) {
    const [open, setOpen] = useState(false);
    return (
      <div style={{ display: "grid", gap: "1rem", justifyItems: "start" }}>
        <button type="button" onClick={() => setOpen((value) => !value)}>
          {open ? "Close from outside" : "Open from outside"}
        </button>
        <div style={{ justifySelf: "stretch" }}>
          <ExpandableCard
            {...args}
            open={open}
            onOpenChange={(next) => {
              args.onOpenChange?.(next);
              setOpen(next);
            }}
          />
        </div>
      </div>
    );
  },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Open from outside" }));
    const trigger = canvas.getByRole("button", { name: /Less$/ });
    await expect(trigger).toHaveAttribute("aria-expanded", "true");
    await expect(args.onOpenChange).not.toHaveBeenCalled();
    await userEvent.click(trigger);
    await expect(args.onOpenChange).toHaveBeenCalledWith(false);
    await expect(trigger).toHaveAttribute("aria-expanded", "false");
  },
};

export const HeadingLevel2: Story = {
  args: { headingLevel: 2 },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("heading", { level: 2 })).toContainElement(canvas.getByRole("button"));
  },
};

export const LongTitle: Story = {
  args: {
    title:
      "这与交易所质押有何不同？涉及到支持它们的节点时，一些联合质押方案比其他方案更加分散，为了加强网络的健康和去中心化程度应该如何选择？",
    contentPreview: "A long preview that wraps: ".repeat(6),
    defaultOpen: true,
    children: <Paragraphs lines={faq.exchanges.body} />,
  },
  decorators: [(Story) => <div style={{ maxInlineSize: 420 }}>{Story()}</div>],
};

/** The provider's locale is zh: the indicator reads 更多 / 收起. */
export const Chinese: Story = {
  globals: { locale: "zh" },
  play: async ({ canvas }) => {
    const trigger = canvas.getByRole("button");
    await expect(trigger).toHaveTextContent("更多");
    await userEvent.click(trigger);
    await expect(trigger).toHaveTextContent("收起");
  },
};

/** Arabic: right to left, المزيد / أقل, chevron at the inline end (the left). */
export const Arabic: Story = {
  globals: { locale: "ar" },
  args: {
    title: "كيف أكسب المكافآت؟",
    contentPreview: "عادةً ما تُصدر رموز التخزين للمخزّنين.",
    children: <p>عادةً ما تُصدر رموز التخزين من نوع ERC-20 للمخزّنين، وتمثل قيمة ETH المخزّن مع المكافآت.</p>,
  },
  play: async ({ canvas, canvasElement }) => {
    const trigger = canvas.getByRole("button");
    await expect(trigger).toHaveTextContent("المزيد");
    await expect(canvasElement.querySelector("[data-slot=expandable-card]")).toHaveAttribute("dir", "rtl");
    const indicator = canvasElement.querySelector("[data-slot=expandable-card-indicator]")!;
    const title = canvasElement.querySelector("[data-slot=expandable-card-title]")!;
    await expect(indicator.getBoundingClientRect().right).toBeLessThan(title.getBoundingClientRect().left);
    await userEvent.click(trigger);
    await expect(trigger).toHaveTextContent("أقل");
  },
};

export const Dark: Story = {
  ...PoolsFaq,
  globals: { theme: "dark" },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getAllByRole("button")[1]!);
    await expect(await canvas.findByRole("link")).toBeVisible();
  },
};
