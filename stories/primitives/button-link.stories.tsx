import type { Meta, StoryObj } from "@storybook/react-vite";
import { forwardRef } from "react";
import { expect, userEvent } from "storybook/test";
import { ButtonLink } from "../../src/components/button-link/button-link";
import { BUTTON_LINK_SIZES, BUTTON_LINK_VARIANTS } from "../../src/components/button-link/button-link.variants";
import type { LinkComponentProps } from "../../src/provider/context";
import { StakingUIProvider } from "../../src/provider/staking-ui-provider";
import { safeHref } from "../../src/lib/safe-href";

const meta = {
  title: "Primitives/ButtonLink",
  component: ButtonLink,
  args: { href: "/staking/withdrawals/", children: "更多关于质押提款的信息" },
  argTypes: {
    variant: { control: { type: "select" }, options: BUTTON_LINK_VARIANTS },
    size: { control: { type: "select" }, options: BUTTON_LINK_SIZES },
    isSecondary: { control: { type: "boolean" } },
  },
} satisfies Meta<typeof ButtonLink>;

export default meta;
type Story = StoryObj<typeof meta>;

/** From the staking-pools FAQ: `<ButtonLink href="/staking/withdrawals/">`. */
export const Withdrawals: Story = {
  play: async ({ canvas }) => {
    const link = canvas.getByRole("link");
    await userEvent.tab();
    await expect(link).toHaveFocus();
    await expect(link).toHaveAccessibleName("更多关于质押提款的信息");
    const href = link.getAttribute("href");
    await expect(href).toBe("/staking/withdrawals/");
    await expect(safeHref(href)).toBe(href);
    await expect(getComputedStyle(link).outlineStyle).not.toBe("none");
    await expect(link.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    // The browser tests run with reduced motion: the button's colour transition is off, and a
    // style change shows at once.
    await expect(matchMedia("(prefers-reduced-motion: reduce)").matches).toBe(true);
    await expect(getComputedStyle(link).transitionDuration.split(",").map((d) => d.trim())).toEqual(["0s"]);
  },
};

/** From the restaking page: `<ButtonLink href="/staking/">了解更多</ButtonLink>`. */
export const LearnMore: Story = {
  args: { href: "/staking/", children: "了解更多" },
  play: async ({ canvas }) => {
    await userEvent.tab();
    await expect(canvas.getByRole("link", { name: "了解更多" })).toHaveFocus();
  },
};

/** `to` is accepted as an alias of `href`. */
export const ToAlias: Story = {
  args: { href: undefined, to: "/staking/pools/", children: "联合质押" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("link", { name: "联合质押" })).toHaveAttribute("href", "/staking/pools/");
  },
};

export const External: Story = {
  args: { href: "https://www.staking.directory/", children: "以太坊质押目录", variant: "outline" },
  play: async ({ canvas }) => {
    const link = canvas.getByRole("link");
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    await expect(safeHref(link.getAttribute("href"))).toBe("https://www.staking.directory/");
  },
};

export const Secondary: Story = {
  args: { isSecondary: true },
};

export const Variants: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: "1rem" }}>
      {[false, true].map((isSecondary) => (
        <div key={String(isSecondary)} style={{ display: "flex", flexWrap: "wrap", gap: "1rem", alignItems: "center" }}>
          {BUTTON_LINK_VARIANTS.map((variant) => (
            <ButtonLink key={variant} {...args} variant={variant} isSecondary={isSecondary}>
              {variant}
              {isSecondary ? " (secondary)" : ""}
            </ButtonLink>
          ))}
        </div>
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    const links = canvas.getAllByRole("link");
    await expect(links).toHaveLength(BUTTON_LINK_VARIANTS.length * 2);
    for (const link of links) {
      await userEvent.tab();
      await expect(link).toHaveFocus();
      await expect(getComputedStyle(link).outlineStyle).not.toBe("none");
    }
  },
};

export const VariantsDark: Story = {
  ...Variants,
  globals: { theme: "dark" },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "flex", flexWrap: "wrap", gap: "1rem", alignItems: "center" }}>
      {BUTTON_LINK_SIZES.map((size) => (
        <ButtonLink key={size} {...args} size={size}>
          {size}
        </ButtonLink>
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    for (const size of ["md", "lg"]) {
      const box = canvas.getByRole("link", { name: size }).getBoundingClientRect();
      await expect(box.height).toBeGreaterThanOrEqual(44);
      await expect(box.width).toBeGreaterThanOrEqual(44);
    }
    await expect(canvas.getByRole("link", { name: "sm" }).getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
  },
};

export const LongText: Story = {
  args: {
    children: "一个非常长的按钮文本，在狭窄的容器中需要换行显示，而不会溢出或被截断 — a very long call to action",
  },
  decorators: [(Story) => <div style={{ maxInlineSize: 260 }}>{Story()}</div>],
};

/** An unsafe URL never reaches the DOM: the text is shown, not a link (and a warning is logged). */
export const UnsafeHref: Story = {
  args: { href: "JaVaScRiPt:alert(1)", children: "Not a link" },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.queryByRole("link")).toBeNull();
    await expect(canvasElement.querySelector("[href]")).toBeNull();
    await expect(canvas.getByText("Not a link")).toHaveAttribute("data-disabled");
  },
};

const RouterLink = forwardRef<HTMLAnchorElement, LinkComponentProps>(function RouterLink(props, ref) {
  // forwardRef's Omit<…, "ref"> drops the declared keys of an index-signature type; restore them.
  const { href, children, ...rest } = props as LinkComponentProps;
  return (
    <a ref={ref} href={href} data-router-link="" {...rest}>
      {children}
    </a>
  );
});

/** Inside a provider with a router link and a locale prefix, internal paths use both. */
export const WithRouter: Story = {
  render: (args) => (
    <StakingUIProvider linkComponent={RouterLink} resolveHref={(path) => `/zh${path}`}>
      <ButtonLink {...args} />
    </StakingUIProvider>
  ),
  play: async ({ canvas }) => {
    const link = canvas.getByRole("link");
    await expect(link).toHaveAttribute("data-router-link");
    await expect(link).toHaveAttribute("href", "/zh/staking/withdrawals/");
  },
};

export const Arabic: Story = {
  globals: { locale: "ar" },
  args: { href: "/ar/staking/", children: "اعرف المزيد" },
  play: async ({ canvas }) => {
    await userEvent.tab();
    await expect(canvas.getByRole("link", { name: "اعرف المزيد" })).toHaveFocus();
  },
};
