import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor } from "storybook/test";
import { RestakingList } from "../../src/components/restaking-list/restaking-list";
import type { RestakingPlatform } from "../../src/content/types";

const meta = {
  title: "Staking/RestakingList",
  component: RestakingList,
  argTypes: {
    headingLevel: { control: { type: "select" }, options: [2, 3, 4, 5, 6] },
    locale: { control: { type: "select" }, options: [undefined, "en", "zh", "ar"] },
    dir: { control: { type: "inline-radio" }, options: [undefined, "ltr", "rtl"] },
  },
} satisfies Meta<typeof RestakingList>;

export default meta;
type Story = StoryObj<typeof meta>;

const customPlatforms: RestakingPlatform[] = [
  {
    id: "acme",
    name: "Acme Restaking",
    kind: "Example protocol",
    url: "https://acme.example/",
    description: "A platform a site adds itself, shown with the text it provides rather than the library's.",
  },
  {
    id: "broken-logo",
    name: "Broken Logo",
    kind: "Example protocol",
    url: "https://broken-logo.example/",
    // A local path that does not exist: the image fails and the monogram takes its place.
    logo: "/missing-restaking-logo.png",
    description: "Its logo cannot be loaded, so the generated monogram is shown instead.",
  },
];

/** `<RestakingList/>` exactly as the restaking seed page writes it. */
export const Seed: Story = {
  globals: { locale: "zh" },
  play: async ({ canvas }) => {
    const items = canvas.getAllByRole("listitem");
    await expect(items).toHaveLength(4);
    const link = canvas.getByRole("link", { name: "访问 EigenLayer" });
    await expect(link).toHaveAttribute("href", "https://www.eigenlayer.xyz/");
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    await expect(canvas.getAllByText("再质押协议")).toHaveLength(3);
  },
};

export const English: Story = {
  globals: { locale: "en" },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent)).toEqual([
      "EigenLayer",
      "Symbiotic",
      "Karak",
      "ether.fi",
    ]);
    await expect(canvas.getByText("Liquid restaking")).toBeVisible();
  },
};

/** Platforms passed by the site keep their own text; a logo that fails becomes a monogram. */
export const CustomPlatforms: Story = {
  args: { platforms: customPlatforms },
  globals: { locale: "en" },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole("link", { name: "Visit Acme Restaking" })).toBeVisible();
    await waitFor(() => expect(canvasElement.querySelector("img")).toBeNull());
    const monograms = canvasElement.querySelectorAll('[data-slot="restaking-list-monogram"]');
    await expect([...monograms].map((monogram) => monogram.textContent)).toEqual(["AR", "BL"]);
  },
};

/** Bad entries are skipped (or shown without a link) and reported in the console; nothing throws. */
export const MalformedEntries: Story = {
  args: {
    platforms: [
      null,
      { name: "", url: "https://nameless.example" },
      { name: "Missing URL" },
      { id: "unsafe", name: "Unsafe URL", kind: "Example", url: "javascript:alert(1)", description: "Listed, but without a link." },
      { id: "fine", name: "Valid Platform", kind: "Example", url: "https://valid.example/", description: "Rendered as usual." },
    ] as unknown as RestakingPlatform[],
  },
  globals: { locale: "en" },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getAllByRole("listitem")).toHaveLength(2);
    await expect(canvas.queryByRole("link", { name: /Unsafe/ })).toBeNull();
    await expect(canvas.getByRole("link", { name: "Visit Valid Platform" })).toBeVisible();
    await expect(canvasElement.innerHTML).not.toContain("javascript:");
  },
};

export const Dark: Story = {
  globals: { theme: "dark", locale: "en" },
};

export const Chinese: Story = {
  globals: { locale: "zh" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("link", { name: "访问 ether.fi" })).toBeVisible();
    await expect(canvas.getByText("流动性再质押")).toBeVisible();
  },
};

export const Arabic: Story = {
  globals: { locale: "ar" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("list")).toHaveAttribute("dir", "rtl");
    await expect(canvas.getByRole("link", { name: "زيارة Symbiotic" })).toBeVisible();
  },
};

export const ArabicDark: Story = {
  globals: { locale: "ar", theme: "dark" },
};

export const HeadingLevel2: Story = {
  args: { headingLevel: 2 },
  globals: { locale: "en" },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole("heading", { level: 2 })).toHaveLength(4);
  },
};

/** A narrow column: the grid becomes a single column and long text wraps. */
export const Narrow: Story = {
  globals: { locale: "en" },
  decorators: [(Story) => <div style={{ maxInlineSize: 320 }}>{Story()}</div>],
};
