import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef, forwardRef, type ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { StakingComparison } from "../../src/components/staking-comparison/staking-comparison";
import { StakingUIProvider } from "../../src/provider/staking-ui-provider";
import { expectNoAxeViolations } from "../setup/axe";

function items() {
  return within(screen.getByRole("list")).getAllByRole("listitem");
}

describe("StakingComparison", () => {
  it("shows the other two options under an h2, each with an h3 title, a sentence and a link", async () => {
    const { container } = render(<StakingComparison page="pools" />);
    const section = container.firstElementChild as HTMLElement;
    expect(section.tagName).toBe("SECTION");
    expect(section).toHaveAttribute("data-slot", "staking-comparison");
    expect(section).toHaveAttribute("data-page", "pools");
    expect(screen.getByRole("region", { name: "Comparison with other options" })).toBe(section);
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("Comparison with other options");

    expect(items().map((item) => item.getAttribute("data-option"))).toEqual(["solo", "saas"]);
    const [solo, saas] = items() as [HTMLElement, HTMLElement];
    expect(within(solo).getByRole("heading", { level: 3 })).toHaveTextContent("Solo staking");
    expect(within(saas).getByRole("heading", { level: 3 })).toHaveTextContent("Staking as a service");
    expect(within(solo).getByText(/full 32 ETH and a machine/)).toHaveAttribute("data-slot", "staking-comparison-description");
    expect(within(saas).getByText(/a service needs a full 32 ETH/)).toBeInTheDocument();
    expect(solo.style.getPropertyValue("--sui-comparison-accent")).toBe("var(--sui-color-accent-solo)");
    expect(solo.querySelector("svg")).toHaveAttribute("aria-hidden", "true");
    expect(screen.queryByText("Pooled staking")).toBeNull();

    const links = screen.getAllByRole("link");
    expect(links.map((link) => link.getAttribute("href"))).toEqual(["/staking/solo/", "/staking/saas/"]);
    expect(links.map((link) => link.textContent)).toEqual([
      "Learn more about Solo staking",
      "Learn more about Staking as a service",
    ]);
    expect(links[0]).toHaveAttribute("data-slot", "staking-comparison-link");
    await expectNoAxeViolations(container);
  });

  it.each([
    ["solo", ["saas", "pools"], /provider runs the hardware/],
    ["saas", ["solo", "pools"], /runs on your own machine/],
  ] as const)("on the %s page compares the other two", (page, others, firstSentence) => {
    render(<StakingComparison page={page} />);
    expect(items().map((item) => item.getAttribute("data-option"))).toEqual(others);
    expect(within(items()[0] as HTMLElement).getByText(firstSentence)).toBeInTheDocument();
  });

  it("honours headingLevel for the section and puts option titles one level below", () => {
    const { rerender } = render(<StakingComparison page="solo" headingLevel={3} />);
    expect(screen.getByRole("heading", { level: 3 })).toHaveTextContent("Comparison with other options");
    expect(screen.getAllByRole("heading", { level: 4 })).toHaveLength(2);
    rerender(<StakingComparison page="solo" headingLevel={6} />);
    expect(screen.getAllByRole("heading", { level: 6 })).toHaveLength(3);
  });

  it("warns, naming `headingLevel`, for an invalid level and uses 2", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    render(<StakingComparison page="solo" headingLevel={0 as never} />);
    expect(screen.getByRole("heading", { level: 2 })).toBeInTheDocument();
    expect(warn.mock.calls.flat().join(" ")).toMatch(/StakingComparison: `headingLevel`/);
    warn.mockRestore();
  });

  it("renders in Chinese and Arabic, with dir=rtl on the root under ar", async () => {
    const { container, rerender } = render(<StakingComparison page="pools" locale="zh" />);
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("与其他方案的比较");
    expect(screen.getAllByRole("link")[0]).toHaveTextContent("详细了解单独质押");
    expect(container.firstElementChild).toHaveAttribute("dir", "ltr");
    expect(container.firstElementChild).toHaveAttribute("lang", "zh");

    rerender(<StakingComparison page="pools" locale="ar" />);
    expect(container.firstElementChild).toHaveAttribute("dir", "rtl");
    expect(container.firstElementChild).toHaveAttribute("lang", "ar");
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("مقارنة بالخيارات الأخرى");
    expect(screen.getAllByRole("link")[1]).toHaveTextContent("اعرف المزيد عن تجميد العملات كخدمة");
    await expectNoAxeViolations(container);
  });

  it("takes locale and direction from the provider, and leaves dir unset without one", () => {
    const { container, rerender } = render(<StakingComparison page="solo" />);
    expect(container.firstElementChild).not.toHaveAttribute("dir");
    expect(container.firstElementChild).not.toHaveAttribute("lang");
    rerender(
      <StakingUIProvider locale="ar">
        <StakingComparison page="solo" />
      </StakingUIProvider>,
    );
    expect(container.firstElementChild).toHaveAttribute("dir", "rtl");
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("مقارنة بالخيارات الأخرى");
    rerender(
      <StakingUIProvider locale="ar">
        <StakingComparison page="solo" dir="ltr" />
      </StakingUIProvider>,
    );
    expect(container.firstElementChild).toHaveAttribute("dir", "ltr");
  });

  it("applies message overrides from the prop and from the provider, the prop winning", () => {
    render(
      <StakingUIProvider messages={{ StakingComparison: { heading: "Other ways to stake", "solo.title": "Home staking" } }}>
        <StakingComparison page="pools" messages={{ "solo.title": "Staking at home", learnMore: "Read about {option}" }} />
      </StakingUIProvider>,
    );
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("Other ways to stake");
    expect(screen.getByRole("heading", { level: 3, name: "Staking at home" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Read about Staking at home" })).toBeInTheDocument();
  });

  it("reports the option on click, and the link still navigates", async () => {
    const user = userEvent.setup();
    const onOptionClick = vi.fn();
    render(<StakingComparison page="pools" onOptionClick={onOptionClick} />);
    const link = screen.getByRole("link", { name: "Learn more about Staking as a service" });
    let prevented: boolean | undefined;
    link.addEventListener("click", (event) => {
      prevented = event.defaultPrevented;
      event.preventDefault(); // jsdom cannot navigate
    });
    await user.click(link);
    expect(onOptionClick).toHaveBeenCalledTimes(1);
    expect(onOptionClick).toHaveBeenCalledWith("saas");
    expect(prevented).toBe(false);
    link.focus();
    await user.keyboard("{Enter}");
    expect(onOptionClick).toHaveBeenLastCalledWith("saas");
  });

  it("routes links through the provider's resolveHref and linkComponent", () => {
    const RouterLink = forwardRef<HTMLAnchorElement, { href: string; children?: ReactNode }>(function RouterLink(
      { href, children, ...rest },
      ref,
    ) {
      return (
        <a ref={ref} href={href} data-router="" {...rest}>
          {children}
        </a>
      );
    });
    render(
      <StakingUIProvider linkComponent={RouterLink} resolveHref={(path) => `/zh${path}`}>
        <StakingComparison page="saas" />
      </StakingUIProvider>,
    );
    const links = screen.getAllByRole("link");
    expect(links.map((link) => link.getAttribute("href"))).toEqual(["/zh/staking/solo/", "/zh/staking/pools/"]);
    for (const link of links) expect(link).toHaveAttribute("data-router");
  });

  it("forwards its ref, merges className and spreads native props", () => {
    const ref = createRef<HTMLElement>();
    render(<StakingComparison ref={ref} page="solo" className="mine" id="compare" data-testid="c" />);
    expect(ref.current).toBeInstanceOf(HTMLElement);
    expect(ref.current).toHaveClass("sui-root", "sui-comparison", "mine");
    expect(ref.current).toHaveAttribute("id", "compare");
    expect(screen.getByTestId("c")).toBe(ref.current);
  });

  it("warns, naming `page` and the allowed values, and renders nothing for an unknown page", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { container } = render(<StakingComparison page={"staking" as never} />);
    expect(container).toBeEmptyDOMElement();
    const message = warn.mock.calls.flat().join(" ");
    expect(message).toMatch(/StakingComparison: unknown `page` "staking"/);
    expect(message).toContain('"solo", "saas", "pools"');
    warn.mockRestore();
  });
});
