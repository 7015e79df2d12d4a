import { render, screen } from "@testing-library/react";
import { createRef } from "react";
import { describe, expect, it } from "vitest";
import { ProductDisclaimer } from "../../src/components/product-disclaimer/product-disclaimer";
import { productDisclaimerMessages } from "../../src/components/product-disclaimer/messages";
import { ar } from "../../src/locales/ar";
import { zh } from "../../src/locales/zh";
import { StakingUIProvider } from "../../src/provider/staking-ui-provider";
import { expectNoAxeViolations } from "../setup/axe";

describe("ProductDisclaimer", () => {
  it("is a warning alert with the library's own English text by default", () => {
    const { container } = render(<ProductDisclaimer />);
    const root = container.firstElementChild!;
    expect(root).toHaveAttribute("data-slot", "product-disclaimer");
    expect(root).toHaveAttribute("data-variant", "warning");
    expect(root).toHaveClass("sui-alert", "sui-alert--warning", "sui-product-disclaimer");
    expect(screen.getByText(productDisclaimerMessages.en.text)).toHaveAttribute("data-slot", "product-disclaimer-text");
    expect(screen.getByText(/not an endorsement/)).toBeInTheDocument();
    // Part of the page's content, not an interruption: no live region.
    expect(root).not.toHaveAttribute("role");
    expect(root.querySelector('[data-slot="alert-emoji"]')).toHaveAttribute("aria-hidden", "true");
  });

  it("follows its locale (zh, ar right-to-left) and the provider's", () => {
    const { container, rerender } = render(<ProductDisclaimer locale="zh" />);
    expect(screen.getByText(zh.messages.ProductDisclaimer.text)).toBeInTheDocument();
    rerender(<ProductDisclaimer locale="ar" />);
    expect(screen.getByText(ar.messages.ProductDisclaimer.text)).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute("dir", "rtl");
    rerender(
      <StakingUIProvider locale="zh">
        <ProductDisclaimer />
      </StakingUIProvider>,
    );
    expect(screen.getByText(zh.messages.ProductDisclaimer.text)).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute("dir", "ltr");
  });

  it("accepts a message override, per component or through the provider", () => {
    const { rerender } = render(<ProductDisclaimer messages={{ text: "Our own words." }} />);
    expect(screen.getByText("Our own words.")).toBeInTheDocument();
    rerender(
      <StakingUIProvider messages={{ ProductDisclaimer: { text: "Site-wide words." } }}>
        <ProductDisclaimer />
      </StakingUIProvider>,
    );
    expect(screen.getByText("Site-wide words.")).toBeInTheDocument();
  });

  it("forwards its ref, merges className and spreads native props", () => {
    const ref = createRef<HTMLDivElement>();
    render(<ProductDisclaimer ref={ref} className="justify-between" id="disclaimer" />);
    expect(ref.current).toBeInstanceOf(HTMLDivElement);
    expect(ref.current).toHaveClass("sui-alert", "justify-between");
    expect(ref.current).toHaveAttribute("id", "disclaimer");
  });

  it("has no axe violations", async () => {
    const { container } = render(<ProductDisclaimer locale="ar" />);
    await expectNoAxeViolations(container);
  }, 30_000);
});
