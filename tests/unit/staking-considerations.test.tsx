import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef, useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { StakingConsiderations } from "../../src/components/staking-considerations/staking-considerations";
import type { FlagId } from "../../src/content/types";
import { StakingUIProvider } from "../../src/provider/staking-ui-provider";
import { expectNoAxeViolations } from "../setup/axe";

const POOLS_TITLES = [
  "Open source",
  "Audited",
  "Bug bounty",
  "Battle tested",
  "Trustless",
  "Permissionless nodes",
  "Execution client diversity",
  "Consensus client diversity",
  "Liquidity token",
];

function tabs() {
  return screen.getAllByRole("tab");
}

function tab(name: string) {
  return screen.getByRole("tab", { name });
}

function panel() {
  return screen.getByRole("tabpanel");
}

// axe over nine panels in jsdom takes a few seconds on a busy machine.
describe("StakingConsiderations", { timeout: 20_000 }, () => {
  it("renders a vertical tablist of the page's considerations, the first selected, with its panel", async () => {
    const { container } = render(<StakingConsiderations page="pools" />);
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveAttribute("data-slot", "staking-considerations");
    expect(root).toHaveAttribute("data-page", "pools");
    expect(root).toHaveAttribute("data-orientation", "vertical");
    expect(root).not.toHaveAttribute("dir");

    const list = screen.getByRole("tablist", { name: "Staking considerations" });
    expect(list).toHaveAttribute("aria-orientation", "vertical");
    expect(tabs().map((t) => t.textContent)).toEqual(POOLS_TITLES);
    expect(tabs()[0]).toHaveAttribute("aria-selected", "true");
    expect(tabs()[0]).toHaveAttribute("data-state", "active");
    expect(tabs().slice(1).every((t) => t.getAttribute("aria-selected") === "false")).toBe(true);
    // Roving tab stop: the selected tab is the list's only one, already in the server HTML.
    expect(tabs().map((t) => t.tabIndex)).toEqual(POOLS_TITLES.map((_, index) => (index === 0 ? 0 : -1)));
    expect(list).not.toHaveAttribute("tabindex");

    const current = panel();
    expect(current).toHaveAccessibleName("Open source");
    expect(current).toHaveAttribute("tabindex", "0");
    expect(tabs()[0]).toHaveAttribute("aria-controls", current.id);
    expect(within(current).getByRole("heading", { level: 3 })).toHaveTextContent("Open source");
    expect(within(current).getByText(/published under an open licence/)).toHaveAttribute(
      "data-slot",
      "staking-considerations-description",
    );
    await expectNoAxeViolations(container);
  });

  it("shows each state label with an icon and text, never colour alone", () => {
    render(<StakingConsiderations page="pools" defaultValue="battle-tested" />);
    const states = within(panel()).getByRole("list", { name: "How products are marked" });
    const items = within(states).getAllByRole("listitem");
    expect(items.map((item) => item.getAttribute("data-state"))).toEqual(["valid", "caution", "warning"]);
    expect(items.map((item) => item.textContent)).toEqual([
      "Positive: Live over 1 year",
      "Caution: Live over 6 months",
      "Warning: Recently launched",
    ]);
    for (const item of items) {
      const icon = item.querySelector("svg");
      expect(icon).toHaveAttribute("aria-hidden", "true");
      expect(icon?.getAttribute("class")).toContain("sui-considerations__state-icon");
    }
  });

  it("keeps every panel's text in the DOM, hiding all but the selected one", () => {
    const { container } = render(<StakingConsiderations page="solo" />);
    const panels = container.querySelectorAll('[data-slot="staking-considerations-panel"]');
    expect(panels).toHaveLength(9);
    expect([...panels].filter((p) => !(p as HTMLElement).hidden)).toHaveLength(1);
    expect(container.textContent).toContain("less than 32 ETH of your own");
    expect(screen.getAllByRole("tabpanel")).toHaveLength(1);
  });

  it("moves selection with ArrowDown/ArrowUp (wrapping), Home and End; Left/Right do nothing", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<StakingConsiderations page="pools" onValueChange={onValueChange} />);
    await user.tab();
    expect(tabs()[0]).toHaveFocus();

    await user.keyboard("{ArrowDown}");
    expect(tab("Audited")).toHaveFocus();
    expect(tab("Audited")).toHaveAttribute("aria-selected", "true");
    expect(panel()).toHaveAccessibleName("Audited");
    expect(panel()).toHaveTextContent(/Independent security firms/);
    expect(onValueChange).toHaveBeenLastCalledWith("audited");

    await user.keyboard("{End}");
    expect(tab("Liquidity token")).toHaveFocus();
    expect(panel()).toHaveAccessibleName("Liquidity token");
    await user.keyboard("{ArrowDown}");
    expect(tab("Open source")).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(tab("Liquidity token")).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{Home}");
    expect(tab("Open source")).toHaveAttribute("aria-selected", "true");

    await user.keyboard("{ArrowRight}");
    expect(tab("Open source")).toHaveFocus();
    expect(onValueChange.mock.calls.map(([id]) => id)).toEqual([
      "audited",
      "liquidity-token",
      "open-source",
      "liquidity-token",
      "open-source",
    ]);
  });

  it("moves focus from the selected tab into its panel with Tab, and back with Shift+Tab", async () => {
    const user = userEvent.setup();
    render(
      <>
        <StakingConsiderations page="saas" defaultValue="self-custody" />
        <button type="button">after</button>
      </>,
    );
    await user.tab();
    expect(tab("Self custody")).toHaveFocus();
    await user.tab();
    expect(panel()).toHaveFocus();
    expect(panel()).toHaveAccessibleName("Self custody");
    await user.tab();
    expect(screen.getByRole("button", { name: "after" })).toHaveFocus();
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(tab("Self custody")).toHaveFocus();
  });

  it("selects on click", async () => {
    const user = userEvent.setup();
    render(<StakingConsiderations page="solo" />);
    await user.click(tab("Economical"));
    expect(tab("Economical")).toHaveAttribute("aria-selected", "true");
    expect(panel()).toHaveTextContent("Under 32 ETH");
  });

  it("in the compact layout is a horizontal tablist: Left/Right follow the direction, Up/Down still work", async () => {
    const user = userEvent.setup();
    const { container, rerender } = render(<StakingConsiderations page="pools" layout="compact" />);
    expect(container.firstElementChild).toHaveAttribute("data-layout", "compact");
    expect(screen.getByRole("tablist")).toHaveAttribute("aria-orientation", "horizontal");
    await user.tab();
    await user.keyboard("{ArrowRight}");
    expect(tab("Audited")).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(tab("Bug bounty")).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{ArrowUp}{ArrowLeft}");
    expect(tab("Open source")).toHaveAttribute("aria-selected", "true");
    await expectNoAxeViolations(container);

    // Right to left: ArrowLeft moves forward.
    rerender(<StakingConsiderations page="pools" layout="compact" dir="rtl" />);
    tab("Open source").focus();
    await user.keyboard("{ArrowLeft}");
    expect(tab("Audited")).toHaveFocus();
  });

  it("is controlled by value: selection only changes when the parent says so", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { rerender } = render(<StakingConsiderations page="pools" value="trustless" onValueChange={onValueChange} />);
    expect(tab("Trustless")).toHaveAttribute("aria-selected", "true");
    await user.click(tab("Audited"));
    expect(onValueChange).toHaveBeenCalledWith("audited");
    expect(tab("Trustless")).toHaveAttribute("aria-selected", "true");
    rerender(<StakingConsiderations page="pools" value="audited" onValueChange={onValueChange} />);
    expect(tab("Audited")).toHaveAttribute("aria-selected", "true");
    expect(panel()).toHaveAccessibleName("Audited");
  });

  it("works with a parent holding the state", async () => {
    const user = userEvent.setup();
    function Parent() {
      const [value, setValue] = useState<FlagId>("bug-bounty");
      return (
        <>
          <output>{value}</output>
          <StakingConsiderations page="pools" value={value} onValueChange={setValue} />
        </>
      );
    }
    render(<Parent />);
    expect(screen.getByRole("status")).toHaveTextContent("bug-bounty");
    tab("Bug bounty").focus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("status")).toHaveTextContent("battle-tested");
    expect(panel()).toHaveAccessibleName("Battle tested");
  });

  it("starts at defaultValue when uncontrolled, and falls back to the first id when the page changes", async () => {
    const { rerender } = render(<StakingConsiderations page="pools" defaultValue="liquidity-token" />);
    expect(tab("Liquidity token")).toHaveAttribute("aria-selected", "true");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    rerender(<StakingConsiderations page="solo" defaultValue="liquidity-token" />);
    // The default no longer fits the page: reported once, as the prop the site passed.
    expect(tab("Open source")).toHaveAttribute("aria-selected", "true");
    expect(warn.mock.calls.flat().join(" ")).toMatch(/unknown `defaultValue` "liquidity-token" for page "solo"/);
    warn.mockRestore();
  });

  it("warns, naming `value` and the allowed ids, and falls back to the first for an unknown value", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    render(<StakingConsiderations page="saas" value={"economical" as FlagId} />);
    expect(tab("Open source")).toHaveAttribute("aria-selected", "true");
    expect(panel()).toHaveAccessibleName("Open source");
    const message = warn.mock.calls.flat().join(" ");
    expect(message).toMatch(/StakingConsiderations: unknown `value` "economical" for page "saas"/);
    expect(message).toContain('"execution-diversity"');
    warn.mockRestore();
  });

  it("warns, naming `page` and the allowed values, and renders nothing for an unknown page", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { container } = render(<StakingConsiderations page={"exchange" as never} />);
    expect(container).toBeEmptyDOMElement();
    const message = warn.mock.calls.flat().join(" ");
    expect(message).toMatch(/StakingConsiderations: unknown `page` "exchange"/);
    expect(message).toContain('"solo", "saas", "pools"');
    warn.mockRestore();
  });

  it("warns, naming `layout`, for an unknown layout and uses auto", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { container } = render(<StakingConsiderations page="solo" layout={"grid" as never} />);
    expect(container.firstElementChild).toHaveAttribute("data-layout", "auto");
    expect(warn.mock.calls.flat().join(" ")).toMatch(/StakingConsiderations: unknown `layout` "grid"/);
    warn.mockRestore();
  });

  it("honours headingLevel for the panel title", () => {
    render(<StakingConsiderations page="solo" headingLevel={4} />);
    expect(within(panel()).getByRole("heading", { level: 4 })).toHaveTextContent("Open source");
  });

  it("renders in Chinese, and in Arabic with dir=rtl on the root even inside an English provider", async () => {
    const { container, rerender } = render(<StakingConsiderations page="pools" locale="zh" />);
    expect(screen.getByRole("tablist")).toHaveAccessibleName("质押考量因素");
    expect(tabs()[0]).toHaveTextContent("开源");
    expect(container.firstElementChild).toHaveAttribute("dir", "ltr");
    expect(container.firstElementChild).toHaveAttribute("lang", "zh");

    rerender(
      <StakingUIProvider locale="en">
        <StakingConsiderations page="pools" locale="ar" defaultValue="battle-tested" />
      </StakingUIProvider>,
    );
    expect(container.firstElementChild).toHaveAttribute("dir", "rtl");
    expect(container.firstElementChild).toHaveAttribute("lang", "ar");
    expect(screen.getByRole("tablist")).toHaveAccessibleName("اعتبارات تجميد العملات");
    expect(panel()).toHaveAccessibleName("مُجرَّب ميدانيًا");
    expect(within(panel()).getByText("أُطلق حديثًا")).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it("takes its direction from a provider", () => {
    const { container } = render(
      <StakingUIProvider locale="ar">
        <StakingConsiderations page="solo" />
      </StakingUIProvider>,
    );
    expect(container.firstElementChild).toHaveAttribute("dir", "rtl");
    expect(tabs()[0]).toHaveTextContent("مفتوح المصدر");
  });

  it("applies message overrides from the prop and from the provider, the prop winning", () => {
    render(
      <StakingUIProvider
        messages={{ StakingConsiderations: { listLabel: "What to look for", "audited.title": "Reviewed", "open-source.title": "Public code" } }}
      >
        <StakingConsiderations page="pools" messages={{ "open-source.title": "Source available", "open-source.warning": "Proprietary" }} />
      </StakingUIProvider>,
    );
    expect(screen.getByRole("tablist")).toHaveAccessibleName("What to look for");
    expect(tabs()[1]).toHaveTextContent("Reviewed");
    expect(tabs()[0]).toHaveTextContent("Source available");
    expect(panel()).toHaveAccessibleName("Source available");
    expect(within(panel()).getByText("Proprietary")).toBeInTheDocument();
  });

  it("forwards its ref, merges className and spreads native props", () => {
    const ref = createRef<HTMLDivElement>();
    render(<StakingConsiderations ref={ref} page="solo" className="mine" id="cons" data-testid="c" />);
    expect(ref.current).toBeInstanceOf(HTMLDivElement);
    expect(ref.current).toHaveClass("sui-root", "sui-considerations", "mine");
    expect(ref.current).toHaveAttribute("id", "cons");
    expect(screen.getByTestId("c")).toBe(ref.current);
  });

  it("switches to the horizontal keyboard model when CSS lays the list out in a row", async () => {
    // jsdom has no layout; simulate the container query having turned the list into a row.
    const original = window.getComputedStyle;
    const spy = vi.spyOn(window, "getComputedStyle").mockImplementation((element, pseudo) => {
      const style = original.call(window, element, pseudo);
      if ((element as HTMLElement).getAttribute?.("data-slot") === "staking-considerations-list") {
        return new Proxy(style, { get: (target, key) => (key === "flexDirection" ? "row" : Reflect.get(target, key)) });
      }
      return style;
    });
    try {
      await act(async () => {
        render(<StakingConsiderations page="solo" />);
      });
      expect(screen.getByRole("tablist")).toHaveAttribute("aria-orientation", "horizontal");
      expect(screen.getByRole("tablist").closest("[data-slot=staking-considerations]")).toHaveAttribute("data-layout", "auto");
    } finally {
      spy.mockRestore();
    }
  });
});
