import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, waitFor } from "storybook/test";
import { TabbedSection, type TabbedSectionTab } from "../../src/components/tabbed-section/tabbed-section";
import { DIAGRAM_HEIGHT, DIAGRAM_WIDTH } from "../../src/components/tabbed-section/diagrams/diagram-frame";
import { restakingDiagramMessages } from "../../src/components/tabbed-section/diagrams/messages";
import { tabbedSectionMessages } from "../../src/components/tabbed-section/messages";
import { ar as arPack } from "../../src/locales/ar";
import { zh as zhPack } from "../../src/locales/zh";

const meta = {
  title: "Staking/TabbedSection",
  component: TabbedSection,
  argTypes: {
    locale: { control: { type: "select" }, options: [undefined, "en", "zh", "ar"] },
    dir: { control: { type: "inline-radio" }, options: [undefined, "ltr", "rtl"] },
    tabs: { control: false },
  },
} satisfies Meta<typeof TabbedSection>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = Parameters<NonNullable<Story["play"]>>[0]["canvas"];

/** The one panel a reader sees: all panels are in the DOM, the others are `hidden`. */
function visiblePanel(canvas: Canvas) {
  const panels = canvas.getAllByRole("tabpanel", { hidden: true }).filter((panel) => !panel.hidden);
  if (panels.length !== 1) throw new Error(`expected one visible panel, found ${panels.length}`);
  return panels[0]!;
}

async function expectSelected(canvas: Canvas, name: string, panelText: string) {
  await waitFor(() => expect(canvas.getByRole("tab", { name })).toHaveFocus());
  await expect(canvas.getByRole("tab", { name })).toHaveAttribute("aria-selected", "true");
  await expect(canvas.getByRole("tab", { name })).toHaveAttribute("data-state", "active");
  await expect(visiblePanel(canvas)).toHaveTextContent(panelText);
  await expect(visiblePanel(canvas)).toBeVisible();
}

const stakingTabs: TabbedSectionTab[] = [
  { value: "solo", label: "Solo", content: <p>Run your own validator with 32 ETH and keep full control.</p> },
  { value: "saas", label: "Staking as a service", content: <p>Keep your keys, let an operator run the node.</p> },
  { value: "pools", label: "Pooled staking", content: <p>Stake any amount together with others.</p> },
];

/** `<TabbedSection />` as the restaking seed page writes it, in the page's language. */
export const Seed: Story = {
  globals: { locale: "zh" },
  play: async ({ canvas, userEvent }) => {
    const zh = { ...zhPack.messages.TabbedSection, ...zhPack.messages.RestakingDiagram };
    await expect(canvas.getByRole("img", { name: zh.withRestakingTitle })).toBeVisible();
    await userEvent.tab();
    await expectSelected(canvas, zh.withRestakingTab, zh.withRestakingDescription);
    await userEvent.keyboard("{ArrowRight}");
    await expectSelected(canvas, zh.withoutRestakingTab, zh.withoutRestakingDescription);
    await expect(canvas.getByRole("img", { name: zh.withoutRestakingTitle })).toBeVisible();
    await userEvent.keyboard("{ArrowLeft}");
    await expectSelected(canvas, zh.withRestakingTab, zh.withRestakingDescription);
    await userEvent.keyboard("{End}");
    await expectSelected(canvas, zh.withoutRestakingTab, zh.withoutRestakingDescription);
    await userEvent.keyboard("{Home}");
    await expectSelected(canvas, zh.withRestakingTab, zh.withRestakingDescription);
  },
};

export const English: Story = {
  globals: { locale: "en" },
  play: async ({ canvas, userEvent }) => {
    const en = { ...tabbedSectionMessages.en, ...restakingDiagramMessages.en };
    await userEvent.tab();
    await expectSelected(canvas, en.withRestakingTab, en.withRestakingDescription);
    await userEvent.keyboard("{ArrowRight}");
    await expectSelected(canvas, en.withoutRestakingTab, en.withoutRestakingDescription);
    // The diagram scales with its container and keeps the viewBox's aspect ratio.
    const svg = visiblePanel(canvas).querySelector("svg")!;
    const box = svg.getBoundingClientRect();
    await expect(Math.abs(box.width / box.height - DIAGRAM_WIDTH / DIAGRAM_HEIGHT)).toBeLessThan(0.02);
  },
};

/** Any content: three tabs with Home/End and wrapping arrow keys. */
export const CustomTabs: Story = {
  args: { tabs: stakingTabs, defaultValue: "saas", listLabel: "Ways to stake" },
  globals: { locale: "en" },
  play: async ({ canvas, userEvent }) => {
    await userEvent.tab();
    await expectSelected(canvas, "Staking as a service", "Keep your keys");
    await userEvent.keyboard("{ArrowRight}");
    await expectSelected(canvas, "Pooled staking", "any amount");
    await userEvent.keyboard("{ArrowRight}");
    await expectSelected(canvas, "Solo", "32 ETH");
    await userEvent.keyboard("{ArrowLeft}");
    await expectSelected(canvas, "Pooled staking", "any amount");
    await userEvent.keyboard("{Home}");
    await expectSelected(canvas, "Solo", "32 ETH");
    await userEvent.keyboard("{End}");
    await expectSelected(canvas, "Pooled staking", "any amount");
  },
};

/** Controlled: the selection lives in the parent's state. */
export const Controlled: Story = {
  globals: { locale: "en" },
  render: function ControlledStory(args) {
    const [value, setValue] = useState("without-restaking");
    return (
      <>
        <p>
          Selected: <output>{value}</output>
        </p>
        <TabbedSection {...args} value={value} onValueChange={setValue} />
      </>
    );
  },
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByRole("status")).toHaveTextContent("without-restaking");
    await userEvent.click(canvas.getByRole("tab", { name: "With restaking" }));
    await expect(canvas.getByRole("status")).toHaveTextContent("with-restaking");
  },
};

/** Invalid entries (no value, a duplicate, no label) are skipped with console warnings. */
export const MalformedTabs: Story = {
  args: {
    tabs: [
      { value: "", label: "No value", content: "skipped" },
      { value: "one", label: "One", content: <p>First valid tab.</p> },
      { value: "one", label: "Duplicate", content: "skipped" },
      { value: "two", label: "", content: "skipped" },
      { value: "three", label: "Three", content: <p>Second valid tab.</p> },
    ],
    defaultValue: "missing",
  },
  globals: { locale: "en" },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole("tab").map((tab) => tab.textContent)).toEqual(["One", "Three"]);
    await expect(canvas.getByRole("tab", { name: "One" })).toHaveAttribute("aria-selected", "true");
  },
};

export const Dark: Story = {
  globals: { theme: "dark", locale: "en" },
};

export const Chinese: Story = {
  globals: { locale: "zh" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("tab", { name: "没有再质押" })).toBeVisible();
  },
};

/** Right to left: the arrow keys follow the reading direction (ArrowLeft goes to the next tab). */
export const Arabic: Story = {
  globals: { locale: "ar" },
  play: async ({ canvas, userEvent }) => {
    const ar = { ...arPack.messages.TabbedSection, ...arPack.messages.RestakingDiagram };
    await expect(canvas.getByRole("tablist").parentElement).toHaveAttribute("dir", "rtl");
    await userEvent.tab();
    await expectSelected(canvas, ar.withRestakingTab, ar.withRestakingDescription);
    await userEvent.keyboard("{ArrowLeft}");
    await expectSelected(canvas, ar.withoutRestakingTab, ar.withoutRestakingDescription);
    await userEvent.keyboard("{ArrowRight}");
    await expectSelected(canvas, ar.withRestakingTab, ar.withRestakingDescription);
  },
};

export const ArabicDark: Story = {
  globals: { locale: "ar", theme: "dark" },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole("tab", { name: arPack.messages.TabbedSection.withoutRestakingTab }));
    await expect(visiblePanel(canvas)).toHaveTextContent(arPack.messages.RestakingDiagram.withoutRestakingDescription);
  },
};

/** In a narrow column the diagrams scale down with their viewBox. */
export const Narrow: Story = {
  globals: { locale: "en" },
  decorators: [(Story) => <div style={{ maxInlineSize: 360 }}>{Story()}</div>],
};
