import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef, useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { ExpandableCard } from "../../src/components/expandable-card/expandable-card";
import { StakingUIProvider } from "../../src/provider/staking-ui-provider";
import { expectNoAxeViolations } from "../setup/axe";

const TITLE = "我如何赚取奖励？";
const BODY = "通常，ERC-20 质押代币会发行给质押人，代表其质押以太币的价值以及奖励。";

function trigger() {
  return screen.getByRole("button");
}

describe("ExpandableCard", () => {
  it("puts the toggle button inside an h3 (never a heading inside a button), closed by default", async () => {
    const { container } = render(
      <ExpandableCard title={TITLE}>
        <p>{BODY}</p>
      </ExpandableCard>,
    );
    const heading = screen.getByRole("heading", { level: 3 });
    expect(heading).toHaveAttribute("data-slot", "expandable-card-heading");
    expect(heading).toContainElement(trigger());
    expect(trigger().querySelector("h1,h2,h3,h4,h5,h6")).toBeNull();
    expect(trigger()).toHaveAttribute("aria-expanded", "false");
    expect(trigger()).toHaveAttribute("data-state", "closed");
    expect(container.firstElementChild).toHaveAttribute("data-state", "closed");
    expect(screen.queryByText(BODY)).toBeNull();
    expect(trigger()).toHaveTextContent("More");
    await expectNoAxeViolations(container);
  });

  it("names the button by title and indicator, describes it by the preview", () => {
    render(<ExpandableCard title={TITLE} contentPreview="Short answer" icon={<span>💰</span>} />);
    expect(trigger()).toHaveAccessibleName(`${TITLE} More`);
    expect(trigger()).toHaveAccessibleDescription("Short answer");
    expect(screen.getByText("💰").closest("[data-slot=expandable-card-icon]")).toHaveAttribute("aria-hidden", "true");
  });

  it("opens and closes on click, Enter and Space, with aria-expanded, data-state and More/Less following", async () => {
    const user = userEvent.setup();
    const { container } = render(
      <ExpandableCard title={TITLE}>
        <p>{BODY}</p>
      </ExpandableCard>,
    );
    await user.click(trigger());
    expect(trigger()).toHaveAttribute("aria-expanded", "true");
    expect(trigger()).toHaveAttribute("data-state", "open");
    expect(container.firstElementChild).toHaveAttribute("data-state", "open");
    expect(trigger()).toHaveTextContent("Less");
    const region = screen.getByRole("region", { name: TITLE });
    expect(region).toHaveTextContent(BODY);
    expect(trigger()).toHaveAttribute("aria-controls", region.id);
    await expectNoAxeViolations(container);

    trigger().focus();
    await user.keyboard("{Enter}");
    expect(trigger()).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByText(BODY)).toBeNull();
    await user.keyboard(" ");
    expect(trigger()).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByText(BODY)).toBeInTheDocument();
  });

  it("is reachable with Tab", async () => {
    const user = userEvent.setup();
    render(<ExpandableCard title={TITLE}>x</ExpandableCard>);
    await user.tab();
    expect(trigger()).toHaveFocus();
  });

  it("starts open with defaultOpen and still toggles (uncontrolled), reporting every change", async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(
      <ExpandableCard title={TITLE} defaultOpen onOpenChange={onOpenChange}>
        {BODY}
      </ExpandableCard>,
    );
    expect(screen.getByText(BODY)).toBeInTheDocument();
    await user.click(trigger());
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    expect(trigger()).toHaveAttribute("aria-expanded", "false");
    await user.click(trigger());
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
    expect(onOpenChange).toHaveBeenCalledTimes(2);
  });

  it("when controlled, follows `open` only and asks through onOpenChange", async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    const { rerender } = render(
      <ExpandableCard title={TITLE} open={false} onOpenChange={onOpenChange}>
        {BODY}
      </ExpandableCard>,
    );
    await user.click(trigger());
    expect(onOpenChange).toHaveBeenCalledWith(true);
    expect(trigger()).toHaveAttribute("aria-expanded", "false");
    rerender(
      <ExpandableCard title={TITLE} open onOpenChange={onOpenChange}>
        {BODY}
      </ExpandableCard>,
    );
    expect(trigger()).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByText(BODY)).toBeInTheDocument();
  });

  it("works with a parent holding the state", async () => {
    const user = userEvent.setup();
    function Parent() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <output data-testid="state">{String(open)}</output>
          <ExpandableCard title={TITLE} open={open} onOpenChange={setOpen}>
            {BODY}
          </ExpandableCard>
        </>
      );
    }
    render(<Parent />);
    await user.click(trigger());
    expect(screen.getByTestId("state")).toHaveTextContent("true");
    expect(screen.getByText(BODY)).toBeInTheDocument();
  });

  it("shows the indicator in the provider's locale (zh, ar) and accepts overrides", async () => {
    const user = userEvent.setup();
    const { unmount } = render(
      <StakingUIProvider locale="zh">
        <ExpandableCard title={TITLE}>{BODY}</ExpandableCard>
      </StakingUIProvider>,
    );
    expect(trigger()).toHaveTextContent("更多");
    await user.click(trigger());
    expect(trigger()).toHaveTextContent("收起");
    unmount();

    const ar = render(
      <StakingUIProvider locale="ar">
        <ExpandableCard title="كيف أكسب المكافآت؟">{BODY}</ExpandableCard>
      </StakingUIProvider>,
    );
    expect(trigger()).toHaveTextContent("المزيد");
    expect(ar.container.firstElementChild).toHaveAttribute("dir", "rtl");
    await user.click(trigger());
    expect(trigger()).toHaveTextContent("أقل");
    ar.unmount();

    render(<ExpandableCard title={TITLE} locale="zh" messages={{ more: "展开" }} />);
    expect(trigger()).toHaveTextContent("展开");
  });

  it("takes locale and dir props over the provider's", () => {
    render(
      <StakingUIProvider locale="zh">
        <ExpandableCard title="T" locale="ar" dir="ltr" data-testid="card" />
      </StakingUIProvider>,
    );
    expect(trigger()).toHaveTextContent("المزيد");
    expect(screen.getByTestId("card")).toHaveAttribute("dir", "ltr");
  });

  it("honours headingLevel and warns, naming the prop, for an invalid one", () => {
    const { rerender } = render(<ExpandableCard title="T" headingLevel={2} />);
    expect(screen.getByRole("heading", { level: 2 })).toContainElement(trigger());
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    rerender(<ExpandableCard title="T" headingLevel={0 as never} />);
    expect(screen.getByRole("heading", { level: 3 })).toBeInTheDocument();
    expect(warn.mock.calls.flat().join(" ")).toMatch(/ExpandableCard: `headingLevel`/);
    warn.mockRestore();
  });

  it("warns, naming the prop, when the title is missing", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    render(<ExpandableCard title="">Body</ExpandableCard>);
    expect(warn.mock.calls.flat().join(" ")).toMatch(/ExpandableCard: needs a `title`/);
    warn.mockRestore();
  });

  it("forwards its ref, merges className, spreads native props and marks every part", () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <ExpandableCard ref={ref} title="T" contentPreview="P" icon="⭐" className="extra" id="faq-1" defaultOpen>
        Body
      </ExpandableCard>,
    );
    expect(ref.current).toBeInstanceOf(HTMLDivElement);
    expect(ref.current).toHaveClass("sui-root", "sui-expandable-card", "extra");
    expect(ref.current).toHaveAttribute("id", "faq-1");
    expect(ref.current).toHaveAttribute("data-slot", "expandable-card");
    const slots = [...ref.current!.querySelectorAll("[data-slot]")].map((el) => el.getAttribute("data-slot"));
    for (const slot of ["heading", "trigger", "icon", "summary", "title", "preview", "indicator", "content", "body"]) {
      expect(slots).toContain(`expandable-card-${slot}`);
    }
  });

  it("has no dir attribute of its own without a provider or locale, so it inherits the page's", () => {
    const { container } = render(<ExpandableCard title="T" />);
    expect(container.firstElementChild).not.toHaveAttribute("dir");
  });
});
