import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor, within } from "storybook/test";
import { StakingProductsCardGrid } from "../../src/components/staking-products-card-grid/staking-products-card-grid";
import { ar } from "../../src/locales/ar";
import { zh } from "../../src/locales/zh";
import { orderProducts } from "../../src/content/ordering";
import { STAKING_PRODUCTS } from "../../src/content/products";
import type { StakingProduct } from "../../src/content/types";

const meta = {
  title: "Staking/StakingProductsCardGrid",
  component: StakingProductsCardGrid,
  args: { category: "pools" },
  argTypes: {
    category: { control: { type: "inline-radio" }, options: ["pools", "saas", "nodeTools", "keyGen"] },
    seed: { control: { type: "text" } },
    asOf: { control: { type: "text" } },
    headingLevel: { control: { type: "select" }, options: [2, 3, 4, 5, 6] },
    locale: { control: { type: "select" }, options: [undefined, "en", "zh", "ar"] },
    dir: { control: { type: "inline-radio" }, options: [undefined, "ltr", "rtl"] },
    products: { control: false },
  },
} satisfies Meta<typeof StakingProductsCardGrid>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = Parameters<NonNullable<Story["play"]>>[0]["canvas"];

function cardNames(canvas: Canvas): string[] {
  return canvas.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent ?? "");
}

function product(overrides: Partial<StakingProduct> & Pick<StakingProduct, "id" | "name">): StakingProduct {
  return {
    url: `https://${overrides.id}.example/`,
    launchDate: "2022-01-01",
    audits: [],
    minEth: 1,
    tokens: [],
    platforms: ["Browser"],
    interfaces: ["Web app"],
    socials: {},
    isOpenSource: true,
    hasBugBounty: false,
    isTrustless: true,
    isPermissionless: true,
    hasPermissionlessNodes: false,
    isMultiClient: true,
    isSelfCustody: true,
    ...overrides,
  };
}

/** `<StakingProductsCardGrid category="pools" />` as the pooled staking seed page writes it. */
export const Seed: Story = {
  globals: { locale: "zh" },
  play: async ({ canvas }) => {
    const expected = orderProducts(STAKING_PRODUCTS.pools, "pools").map((p) => p.name);
    await expect(cardNames(canvas)).toEqual(expected);
    await expect(canvas.getByRole("link", { name: `开始使用 ${expected[0]}` })).toBeVisible();
  },
};

export const Pools: Story = {
  globals: { locale: "en" },
  play: async ({ canvas }) => {
    await expect(cardNames(canvas)).toHaveLength(STAKING_PRODUCTS.pools.length);
    const lido = canvas.getByRole("heading", { name: "Lido" }).closest<HTMLElement>('[data-slot="staking-product-card"]')!;
    await expect(within(lido).getByText("Any amount")).toBeVisible();
    await expect(within(lido).getByRole("link", { name: "Get started with Lido" })).toHaveAttribute("href", "https://lido.fi/");
    await expect(within(lido).getByRole("list", { name: "Properties" })).toHaveTextContent("Liquidity token (yes)");
  },
};

export const StakingAsAService: Story = {
  args: { category: "saas" },
  globals: { locale: "en" },
  play: async ({ canvas }) => {
    await expect(cardNames(canvas)).toHaveLength(STAKING_PRODUCTS.saas.length);
    await expect(canvas.getAllByText("Self custody").length).toBe(STAKING_PRODUCTS.saas.length);
  },
};

export const NodeTools: Story = {
  args: { category: "nodeTools" },
  globals: { locale: "en" },
  play: async ({ canvas }) => {
    await expect(cardNames(canvas)).toHaveLength(STAKING_PRODUCTS.nodeTools.length);
    await expect(canvas.getAllByText("Economical").length).toBe(STAKING_PRODUCTS.nodeTools.length);
  },
};

export const KeyGenerators: Story = {
  args: { category: "keyGen" },
  globals: { locale: "en" },
  play: async ({ canvas }) => {
    await expect(cardNames(canvas)).toHaveLength(STAKING_PRODUCTS.keyGen.length);
  },
};

const ties = ["Alpha", "Bravo", "Charlie", "Delta", "Echo"].map((name) => product({ id: name.toLowerCase(), name }));

/** Equally scored products keep one order per seed: change `seed` to rotate them. */
export const Seeded: Story = {
  args: { category: "saas", products: ties, seed: "launch-week" },
  globals: { locale: "en" },
  play: async ({ canvas }) => {
    await expect(cardNames(canvas)).toEqual(orderProducts(ties, "saas", { seed: "launch-week" }).map((p) => p.name));
  },
};

/** Site data, with a malformed entry (no name, NaN minimum) that is skipped with a console warning. */
export const CustomProducts: Story = {
  args: {
    category: "pools",
    products: [
      product({
        id: "harbor",
        name: "Harbor Stake",
        minEth: 0,
        tokens: ["hbETH"],
        audits: [{ name: "Example Audits", url: "https://audits.example/harbor.pdf" }],
        hasPermissionlessNodes: true,
        hasBugBounty: true,
        executionClientMajorityShare: 0.32,
        consensusClientMajorityShare: 0.41,
        socials: { website: "https://harbor.example/", github: "https://github.com/example", discord: "https://discord.gg/example" },
      }),
      { id: "broken", url: "https://broken.example/", minEth: Number.NaN } as unknown as StakingProduct,
      product({
        id: "newcomer",
        name: "Newcomer Pool",
        launchDate: "2026-06-01",
        isOpenSource: false,
        executionClientMajorityShare: 0.74,
        platforms: ["Browser", "Mobile"],
        interfaces: ["Web app", "Mobile app"],
      }),
    ],
  },
  globals: { locale: "en" },
  play: async ({ canvas }) => {
    await expect(cardNames(canvas)).toEqual(["Harbor Stake", "Newcomer Pool"]);
    const newcomer = canvas.getByRole("heading", { name: "Newcomer Pool" }).closest<HTMLElement>('[data-slot="staking-product-card"]')!;
    const flag = (id: string) => newcomer.querySelector(`[data-flag="${id}"]`)!;
    await expect(flag("battle-tested")).toHaveAttribute("data-state", "warning");
    await expect(flag("execution-diversity")).toHaveAttribute("data-state", "warning");
    await expect(flag("open-source")).toHaveTextContent("Open source (no)");
  },
};

/** A logo that fails to load (here a missing file) falls back to the generated monogram. */
export const LogoFallback: Story = {
  args: {
    category: "pools",
    products: [
      product({ id: "missing-logo", name: "Missing Logo", logo: "/staking-ui-missing-logo.png" }),
      product({ id: "no-logo", name: "No Logo Pool" }),
    ],
  },
  globals: { locale: "en" },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector("img")).toBeNull(), { timeout: 5000 });
    const monograms = canvasElement.querySelectorAll('[data-slot="staking-product-card-monogram"]');
    await expect([...monograms].map((m) => m.textContent).sort()).toEqual(["ML", "NL"]);
  },
};

export const Dark: Story = {
  globals: { theme: "dark", locale: "en" },
};

export const Chinese: Story = {
  args: { category: "nodeTools" },
  globals: { locale: "zh" },
  play: async ({ canvas }) => {
    const text = zh.messages.StakingProductCard;
    await expect(canvas.getAllByRole("list", { name: text.flagsLabel }).length).toBe(STAKING_PRODUCTS.nodeTools.length);
    await expect(canvas.getAllByText(text.flagOpenSource).length).toBe(STAKING_PRODUCTS.nodeTools.length);
  },
};

export const Arabic: Story = {
  globals: { locale: "ar" },
  play: async ({ canvasElement, canvas }) => {
    await expect(canvasElement.querySelector('[data-slot="staking-products-card-grid"]')).toHaveAttribute("dir", "rtl");
    await expect(canvas.getAllByText(ar.messages.StakingProductCard.minimumAny).length).toBeGreaterThan(0);
  },
};

export const ArabicDark: Story = {
  args: { category: "saas" },
  globals: { locale: "ar", theme: "dark" },
};
