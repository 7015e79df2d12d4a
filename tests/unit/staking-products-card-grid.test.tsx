import { fireEvent, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { STAKING_PRODUCTS } from "../../src/content/products";
import { orderProducts } from "../../src/content/ordering";
import type { StakingProduct } from "../../src/content/types";
import { StakingProductCard } from "../../src/components/staking-products-card-grid/staking-product-card";
import { StakingProductsCardGrid } from "../../src/components/staking-products-card-grid/staking-products-card-grid";
import { StakingUIProvider } from "../../src/provider/staking-ui-provider";
import { expectNoAxeViolations } from "../setup/axe";

function product(overrides: Partial<StakingProduct> = {}): StakingProduct {
  return {
    id: "acme",
    name: "Acme Staking",
    url: "https://acme.example/",
    launchDate: "2021-01-01",
    audits: [{ name: "Audit Co", url: "https://audit.example/report.pdf" }],
    minEth: 0.5,
    tokens: ["acETH"],
    platforms: ["Browser", "Raspberry Pi"],
    interfaces: ["Web app"],
    socials: { github: "https://github.com/acme", twitter: "https://twitter.com/acme" },
    isOpenSource: false,
    hasBugBounty: true,
    isTrustless: true,
    isPermissionless: true,
    hasPermissionlessNodes: false,
    isMultiClient: true,
    isSelfCustody: true,
    executionClientMajorityShare: 0.7,
    consensusClientMajorityShare: undefined,
    ...overrides,
  };
}

function warnings() {
  return vi.spyOn(console, "warn").mockImplementation(() => {});
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("StakingProductsCardGrid", () => {
  it("lists every pool of the library's data as list items, best scored first", () => {
    const { container } = render(<StakingProductsCardGrid category="pools" />);
    const list = container.firstElementChild!;
    expect(list.tagName).toBe("UL");
    expect(list).toHaveAttribute("data-slot", "staking-products-card-grid");
    const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(orderProducts(STAKING_PRODUCTS.pools, "pools").map((p) => p.name));
    expect(headings).toHaveLength(STAKING_PRODUCTS.pools.length);
    for (const item of list.querySelectorAll(":scope > li")) expect(item).toHaveAttribute("data-slot", "staking-products-card-grid-item");
  });

  it("renders the same order for the same seed and can reorder ties with another", () => {
    const ties = ["a", "b", "c", "d", "e", "f"].map((id) => product({ id, name: `Product ${id}` }));
    const names = () => screen.getAllByRole("heading").map((h) => h.textContent);
    const { rerender } = render(<StakingProductsCardGrid category="saas" products={ties} seed="one" />);
    const first = names();
    rerender(<StakingProductsCardGrid category="saas" products={[...ties].reverse()} seed="one" />);
    expect(names()).toEqual(first);
    rerender(<StakingProductsCardGrid category="saas" products={ties} seed="two" />);
    expect(names()).not.toEqual(first);
  });

  it("shows each flag of the category with an icon and a text, the state spelled out for screen readers", () => {
    render(<StakingProductsCardGrid category="pools" products={[product()]} />);
    const flags = screen.getByRole("list", { name: "Properties" });
    const items = within(flags).getAllByRole("listitem");
    expect(items.map((item) => item.getAttribute("data-flag"))).toEqual([
      "open-source",
      "audited",
      "bug-bounty",
      "battle-tested",
      "trustless",
      "permissionless-nodes",
      "execution-diversity",
      "consensus-diversity",
      "liquidity-token",
    ]);
    const byFlag = (id: string) => items.find((item) => item.getAttribute("data-flag") === id)!;
    expect(byFlag("open-source")).toHaveAttribute("data-state", "false");
    expect(byFlag("open-source")).toHaveTextContent("Open source (no)");
    expect(byFlag("audited")).toHaveTextContent("Audited (yes)");
    expect(byFlag("execution-diversity")).toHaveAttribute("data-state", "warning");
    expect(byFlag("execution-diversity")).toHaveTextContent("(warning)");
    expect(byFlag("consensus-diversity")).toHaveTextContent("(unknown)");
    for (const item of items) {
      expect(item.querySelector("svg")).toHaveAttribute("aria-hidden", "true");
      expect(item.querySelector(".sui-product-card__flag-label")?.textContent).toBeTruthy();
    }
    // Each state has its own icon.
    const icon = (id: string) => byFlag(id).querySelector("svg")!.getAttribute("class");
    expect(new Set([icon("open-source"), icon("audited"), icon("execution-diversity"), icon("consensus-diversity")]).size).toBe(4);
  });

  it("measures battle tested against asOf (Date or string), defaulting to the data date", () => {
    const young = product({ launchDate: "2026-07-01" });
    const state = () =>
      screen
        .getAllByRole("listitem")
        .find((item) => item.getAttribute("data-flag") === "battle-tested")!
        .getAttribute("data-state");
    const { rerender } = render(<StakingProductsCardGrid category="saas" products={[young]} />);
    expect(state()).toBe("warning");
    rerender(<StakingProductsCardGrid category="saas" products={[young]} asOf="2027-03-01" />);
    expect(state()).toBe("caution");
    rerender(<StakingProductsCardGrid category="saas" products={[young]} asOf={new Date("2028-01-01")} />);
    expect(state()).toBe("valid");
    const warn = warnings();
    rerender(<StakingProductsCardGrid category="saas" products={[young]} asOf="someday" />);
    expect(state()).toBe("warning");
    expect(warn.mock.calls.flat().join(" ")).toMatch(/StakingProductsCardGrid: `asOf` "someday"/);
  });

  it("shows the minimum: from N ETH, any amount for 0, nothing when unknown", () => {
    const { rerender, container } = render(<StakingProductsCardGrid category="pools" products={[product({ minEth: 0.01 })]} />);
    expect(screen.getByText("From 0.01 ETH")).toHaveAttribute("data-slot", "staking-product-card-minimum");
    rerender(<StakingProductsCardGrid category="pools" products={[product({ minEth: 0 })]} />);
    expect(screen.getByText("Any amount")).toBeInTheDocument();
    rerender(<StakingProductsCardGrid category="pools" products={[product({ minEth: undefined })]} />);
    expect(container.querySelector('[data-slot="staking-product-card-minimum"]')).toBeNull();
  });

  it("has a Get started link named after the product, badges, tokens, audits and labelled social links", () => {
    render(<StakingProductsCardGrid category="pools" products={[product()]} />);
    const cta = screen.getByRole("link", { name: "Get started with Acme Staking" });
    expect(cta).toHaveAttribute("href", "https://acme.example/");
    expect(cta).toHaveAttribute("rel", expect.stringContaining("noopener"));
    expect(cta).toHaveTextContent("Get started");
    expect(within(screen.getByRole("list", { name: "Platforms" })).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Browser",
      "Raspberry Pi",
    ]);
    expect(screen.getByRole("list", { name: "Interfaces" })).toHaveTextContent("Web app");
    expect(screen.getByText("acETH")).toHaveAttribute("data-slot", "staking-product-card-tokens");
    expect(screen.getByRole("link", { name: "Audit Co" })).toHaveAttribute("href", "https://audit.example/report.pdf");
    const socials = screen.getByRole("list", { name: "Acme Staking links" });
    expect(within(socials).getByRole("link", { name: "Acme Staking on X (Twitter)" })).toHaveAttribute(
      "href",
      "https://twitter.com/acme",
    );
    expect(within(socials).getByRole("link", { name: "Acme Staking on GitHub" })).toHaveAttribute("href", "https://github.com/acme");
  });

  it("never renders unsafe URLs", () => {
    const warn = warnings();
    const { container } = render(
      <StakingProductsCardGrid
        category="pools"
        products={[
          product({
            url: "javascript:alert(1)",
            logo: "java\tscript:alert(1)",
            audits: [{ name: "Evil", url: "data:text/html,<script>alert(1)</script>" }],
            socials: { github: "vbscript:msgbox(1)" },
          }),
        ]}
      />,
    );
    const html = container.innerHTML.toLowerCase();
    expect(html).not.toContain("javascript:");
    expect(html).not.toContain("data:text");
    expect(html).not.toContain("vbscript:");
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector('[data-slot="staking-product-card-monogram"]')).toHaveTextContent("AS");
    expect(warn).toHaveBeenCalled();
  });

  it("shows the logo lazily with an empty alt, and falls back to the monogram when it fails", () => {
    const { container } = render(
      <StakingProductsCardGrid category="pools" products={[product({ logo: "https://cdn.example/acme.svg" })]} />,
    );
    const img = container.querySelector("img")!;
    expect(img).toHaveAttribute("alt", "");
    expect(img).toHaveAttribute("loading", "lazy");
    expect(img).toHaveAttribute("src", "https://cdn.example/acme.svg");
    fireEvent.error(img);
    expect(container.querySelector("img")).toBeNull();
    const monogram = container.querySelector('[data-slot="staking-product-card-monogram"]')!;
    expect(monogram).toHaveTextContent("AS");
    expect(monogram).toHaveAttribute("aria-hidden", "true");
  });

  it("gives each product a monogram hue from its name, the same on every render", () => {
    const twice = () => {
      const { container, unmount } = render(
        <StakingProductsCardGrid category="pools" products={[product(), product({ id: "b", name: "Beta Pool" })]} />,
      );
      const hues = [...container.querySelectorAll<HTMLElement>('[data-slot="staking-product-card-monogram"]')].map((el) =>
        el.style.getPropertyValue("--sui-monogram-hue"),
      );
      unmount();
      return hues;
    };
    const first = twice();
    expect(first).toHaveLength(2);
    expect(first[0]).not.toBe("");
    expect(twice()).toEqual(first);
  });

  it("skips malformed products with a warning naming `products` and the index; valid ones still render", () => {
    const warn = warnings();
    const malformed = [
      product({ id: "ok-1", name: "First" }),
      { ...product({ id: "no-name" }), name: undefined },
      product({ id: "nan", minEth: Number.NaN }),
      "not a product",
      product({ id: "bad-bool", isOpenSource: "yes" as never }),
      product({ id: "ok-2", name: "Second" }),
      product({ id: "ok-1", name: "Duplicate" }),
      { ...product({ id: "no-url" }), url: 42 },
    ] as unknown as StakingProduct[];
    expect(() => render(<StakingProductsCardGrid category="pools" products={malformed} />)).not.toThrow();
    expect(screen.getAllByRole("heading").map((h) => h.textContent).sort()).toEqual(["First", "Second"]);
    const text = warn.mock.calls.flat().join("\n");
    expect(text).toMatch(/StakingProductsCardGrid: `products\[1\]` is skipped: `name`/);
    expect(text).toMatch(/`products\[2\]` is skipped: `minEth`.*NaN/);
    expect(text).toMatch(/`products\[3\]` is skipped: it is not an object/);
    expect(text).toMatch(/`products\[4\]` is skipped: `isOpenSource`/);
    expect(text).toMatch(/`products\[6\]` is skipped: its `id` "ok-1" is already used/);
    expect(text).toMatch(/`products\[7\]` is skipped: `url`/);
  });

  it("renders nothing for a non-array `products`, with a warning", () => {
    const warn = warnings();
    const { container } = render(<StakingProductsCardGrid category="pools" products={"lido" as never} />);
    expect(container).toBeEmptyDOMElement();
    expect(warn.mock.calls.flat().join(" ")).toMatch(/`products` must be an array/);
  });

  it("warns for an unknown category, naming the prop and the allowed values, and renders nothing", () => {
    const warn = warnings();
    const { container } = render(<StakingProductsCardGrid category={"solo" as never} />);
    expect(container).toBeEmptyDOMElement();
    const text = warn.mock.calls.flat().join(" ");
    expect(text).toMatch(/StakingProductsCardGrid: unknown `category` "solo"/);
    expect(text).toMatch(/"pools", "saas", "nodeTools", "keyGen"/);
  });

  it("warns for an invalid seed and headingLevel, and still renders", () => {
    const warn = warnings();
    render(<StakingProductsCardGrid category="keyGen" seed={Number.NaN} headingLevel={8 as never} />);
    expect(screen.getAllByRole("heading", { level: 3 })).toHaveLength(STAKING_PRODUCTS.keyGen.length);
    const text = warn.mock.calls.flat().join(" ");
    expect(text).toMatch(/`seed` must be a string or a finite number/);
    expect(text).toMatch(/`headingLevel`/);
  });

  it("forwards its ref, merges className, spreads native props and honours headingLevel", () => {
    const ref = createRef<HTMLUListElement>();
    render(<StakingProductsCardGrid ref={ref} category="nodeTools" className="extra" id="tools" headingLevel={4} />);
    expect(ref.current).toBeInstanceOf(HTMLUListElement);
    expect(ref.current).toHaveClass("sui-products-grid", "extra");
    expect(ref.current).toHaveAttribute("id", "tools");
    expect(ref.current).toHaveAttribute("data-category", "nodeTools");
    expect(screen.getAllByRole("heading", { level: 4 })).toHaveLength(STAKING_PRODUCTS.nodeTools.length);
  });

  it("is localized (zh, ar with rtl) and accepts message overrides, also from the provider", () => {
    const { rerender } = render(<StakingProductsCardGrid category="pools" products={[product()]} locale="zh" />);
    expect(screen.getByRole("link", { name: "开始使用 Acme Staking" })).toHaveTextContent("开始使用");
    expect(screen.getByText("最低 0.5 ETH")).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "特性" })).toHaveTextContent("开源 (否)");
    rerender(<StakingProductsCardGrid category="pools" products={[product()]} locale="ar" />);
    expect(screen.getByRole("list", { name: "الخصائص" }).closest("ul[dir]")).toHaveAttribute("dir", "rtl");
    expect(screen.getByRole("link", { name: "ابدأ مع Acme Staking" })).toBeInTheDocument();
    rerender(
      <StakingProductsCardGrid category="pools" products={[product()]} messages={{ getStarted: "Stake", getStartedLabel: "Stake with {name}" }} />,
    );
    expect(screen.getByRole("link", { name: "Stake with Acme Staking" })).toHaveTextContent("Stake");
    rerender(
      <StakingUIProvider
        locale="zh"
        messages={{ StakingProductsCardGrid: { minimumAny: "多少都行" }, StakingProductCard: { tokensLabel: "质押凭证", minimumAny: "输" } }}
      >
        <StakingProductsCardGrid category="pools" products={[product({ minEth: 0 })]} />
      </StakingUIProvider>,
    );
    expect(screen.getByText("多少都行")).toBeInTheDocument();
    expect(screen.getByText("质押凭证")).toBeInTheDocument();
  });

  it("has no axe violations (the full pools list)", async () => {
    const { container } = render(<StakingProductsCardGrid category="pools" />);
    await expectNoAxeViolations(container);
  }, 30_000);

  it.each(["zh", "ar"])("has no axe violations in %s", async (locale) => {
    const products = [product(), product({ id: "b", name: "Beta", logo: "https://cdn.example/b.png", minEth: 0 })];
    const { container } = render(<StakingProductsCardGrid category="nodeTools" products={products} locale={locale} />);
    await expectNoAxeViolations(container);
  }, 30_000);
});

describe("StakingProductCard", () => {
  it("renders one product on its own with the category's flags", () => {
    render(<StakingProductCard product={product()} category="keyGen" headingLevel={2} />);
    expect(screen.getByRole("heading", { level: 2, name: "Acme Staking" })).toBeInTheDocument();
    const flags = within(screen.getByRole("list", { name: "Properties" })).getAllByRole("listitem");
    expect(flags.map((f) => f.getAttribute("data-flag"))).toContain("economical");
    expect(flags.map((f) => f.getAttribute("data-flag"))).not.toContain("liquidity-token");
  });

  it("forwards its ref and sets dir from its locale", () => {
    const ref = createRef<HTMLDivElement>();
    render(<StakingProductCard ref={ref} product={product()} category="pools" locale="ar" className="mine" />);
    expect(ref.current).toHaveAttribute("data-slot", "staking-product-card");
    expect(ref.current).toHaveAttribute("dir", "rtl");
    expect(ref.current).toHaveClass("sui-product-card", "mine");
  });

  it("renders nothing, with a warning, for a malformed product or an unknown category", () => {
    const warn = warnings();
    const { container, rerender } = render(
      <StakingProductCard product={{ ...product(), id: "" } as StakingProduct} category="pools" />,
    );
    expect(container).toBeEmptyDOMElement();
    expect(warn.mock.calls.flat().join(" ")).toMatch(/StakingProductCard: `product` is not rendered: `id`/);
    rerender(<StakingProductCard product={product()} category={"bogus" as never} />);
    expect(container).toBeEmptyDOMElement();
    expect(warn.mock.calls.flat().join(" ")).toMatch(/StakingProductCard: unknown `category` "bogus"/);
  });

  it("has no axe violations", async () => {
    const { container } = render(<StakingProductCard product={product({ logo: "https://cdn.example/a.png" })} category="saas" />);
    await expectNoAxeViolations(container);
  }, 30_000);
});
