import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor } from "storybook/test";
import { YouTube } from "../../src/components/youtube/youtube";

const meta = {
  title: "Primitives/YouTube",
  component: YouTube,
  args: { id: "rOJo7VwPh7I" },
  argTypes: {
    locale: { control: { type: "select" }, options: [undefined, "en", "zh", "ar"] },
    dir: { control: { type: "select" }, options: [undefined, "ltr", "rtl"] },
  },
  decorators: [(Story) => <div style={{ maxInlineSize: 720 }}>{Story()}</div>],
} satisfies Meta<typeof YouTube>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The restaking page's `<YouTube id="rOJo7VwPh7I" />`: a facade until the reader presses play. */
export const Restaking: Story = {
  play: async ({ canvas, canvasElement }) => {
    const play = canvas.getByRole("button", { name: "Play video: YouTube video" });
    // Nothing from YouTube is on the page before activation.
    await expect(canvasElement.querySelector("iframe, img")).toBeNull();
    const box = canvasElement.querySelector<HTMLElement>("[data-slot=youtube]")!.getBoundingClientRect();
    await expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
  },
};

/** Click, Enter or Space swaps in the privacy-enhanced player and moves focus to it. */
export const Activate: Story = {
  args: { title: "18 分钟解释再质押", start: 30 },
  play: async ({ canvas, canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>("[data-slot=youtube]")!;
    const before = root.getBoundingClientRect();
    await userEvent.tab();
    const play = canvas.getByRole("button", { name: "Play video: 18 分钟解释再质押" });
    await expect(play).toHaveFocus();
    await expect(getComputedStyle(play).outlineStyle).not.toBe("none");
    await userEvent.keyboard("{Enter}");
    const iframe = canvasElement.querySelector("iframe")!;
    await expect(iframe).not.toBeNull();
    await expect(iframe.getAttribute("src")).toBe("https://www.youtube-nocookie.com/embed/rOJo7VwPh7I?autoplay=1&start=30");
    await expect(iframe).toHaveAttribute("title", "18 分钟解释再质押");
    await waitFor(() => expect(iframe).toHaveFocus());
    await expect(root).toHaveAttribute("data-state", "playing");
    // No layout shift: the box keeps its size.
    const after = root.getBoundingClientRect();
    await expect(after.height).toBeCloseTo(before.height, 0);
  },
};

export const ActivateWithSpace: Story = {
  args: { id: "-V-fG4J1N_M", title: "EigenLayer: Adding permissionless features to Ethereum" },
  play: async ({ canvas, canvasElement }) => {
    canvas.getByRole("button").focus();
    await userEvent.keyboard(" ");
    await expect(canvasElement.querySelector("iframe")?.getAttribute("src")).toBe(
      "https://www.youtube-nocookie.com/embed/-V-fG4J1N_M?autoplay=1",
    );
  },
};

/** The restaking page's second video, under "高级". */
export const Advanced: Story = {
  args: { id: "-V-fG4J1N_M" },
};

export const LongTitle: Story = {
  args: {
    title:
      "EigenLayer: Adding permissionless features to Ethereum — a long conversation about restaking, actively validated services and the risks of overloading consensus",
  },
};

/** An id that is not 11 characters of [A-Za-z0-9_-]: a plain link to youtube.com, never a player. */
export const InvalidId: Story = {
  args: { id: "not a video id", title: "Restaking explained" },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector("iframe")).toBeNull();
    const link = canvas.getByRole("link", { name: "Watch on YouTube: Restaking explained" });
    await expect(link).toHaveAttribute("href", "https://www.youtube.com/watch?v=not%20a%20video%20id");
  },
};

export const Chinese: Story = {
  globals: { locale: "zh" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: "播放视频：YouTube 视频" })).toBeVisible();
  },
};

export const Arabic: Story = {
  globals: { locale: "ar" },
  args: { title: "شرح إعادة التخزين في 18 دقيقة" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: "تشغيل الفيديو: شرح إعادة التخزين في 18 دقيقة" })).toBeVisible();
  },
};

export const Dark: Story = {
  globals: { theme: "dark" },
  args: { title: "18 分钟解释再质押" },
};
