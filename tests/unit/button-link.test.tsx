import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef, forwardRef } from "react";
import { describe, expect, it, vi } from "vitest";
import { ButtonLink } from "../../src/components/button-link/button-link";
import type { LinkComponentProps } from "../../src/provider/context";
import { StakingUIProvider } from "../../src/provider/staking-ui-provider";
import { expectNoAxeViolations } from "../setup/axe";

// Written as a site would: the library's props spread onto the anchor with no cast (tsc checks it).
const RouterLink = forwardRef<HTMLAnchorElement, LinkComponentProps>(function RouterLink({ href, children, ...rest }, ref) {
  return (
    <a ref={ref} href={`/router${href}`} data-router="" {...rest}>
      {children}
    </a>
  );
});

function silenceWarnings() {
  return vi.spyOn(console, "warn").mockImplementation(() => {});
}

describe("ButtonLink", () => {
  it("renders the seed's internal link as a link named by its text", async () => {
    const { container } = render(<ButtonLink href="/staking/withdrawals/">更多关于质押提款的信息</ButtonLink>);
    const link = screen.getByRole("link", { name: "更多关于质押提款的信息" });
    expect(link).toHaveAttribute("href", "/staking/withdrawals/");
    expect(link).not.toHaveAttribute("rel");
    expect(link).toHaveAttribute("data-slot", "button-link");
    expect(link).toHaveAttribute("data-variant", "solid");
    expect(link).toHaveAttribute("data-size", "md");
    expect(link).not.toHaveAttribute("data-secondary");
    expect(link).toHaveClass("sui-button-link");
    expect(link).toHaveAttribute("data-variant", "solid");
    expect(link).toHaveAttribute("data-size", "md");
    await expectNoAxeViolations(container);
  });

  it("accepts `to` as an alias of `href`; `href` wins when both differ, with a warning", () => {
    const { rerender } = render(<ButtonLink to="/staking/">了解更多</ButtonLink>);
    expect(screen.getByRole("link")).toHaveAttribute("href", "/staking/");
    const warn = silenceWarnings();
    rerender(
      <ButtonLink href="/a/" to="/b/">
        x
      </ButtonLink>,
    );
    expect(screen.getByRole("link")).toHaveAttribute("href", "/a/");
    expect(warn.mock.calls.flat().join(" ")).toMatch(/ButtonLink: both `href` and `to`/);
    warn.mockRestore();
  });

  it("adds rel=noopener noreferrer to external links, keeping a given rel", () => {
    render(
      <ButtonLink href="https://www.staking.directory/" rel="external">
        Directory
      </ButtonLink>,
    );
    const rel = screen.getByRole("link").getAttribute("rel")!.split(" ");
    expect(rel).toEqual(expect.arrayContaining(["external", "noopener", "noreferrer"]));
  });

  it.each(["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "java\tscript:alert(1)", "&#106;avascript:alert(1)"])(
    "never renders the unsafe href %j; warns naming the prop",
    async (url) => {
      const warn = silenceWarnings();
      const { container } = render(<ButtonLink href={url}>Click</ButtonLink>);
      expect(screen.queryByRole("link")).toBeNull();
      expect(container.querySelector("[href]")).toBeNull();
      expect(container.innerHTML.toLowerCase()).not.toMatch(/script:|data:/);
      expect(screen.getByText("Click")).toHaveAttribute("data-disabled");
      expect(warn.mock.calls.flat().join(" ")).toMatch(/ButtonLink: unsafe or empty `href`/);
      warn.mockRestore();
      await expectNoAxeViolations(container);
    },
  );

  it("names `to` in the warning when the unsafe URL came through it", () => {
    const warn = silenceWarnings();
    const { container } = render(<ButtonLink to="javascript:void(0)">x</ButtonLink>);
    expect(container.querySelector("[href]")).toBeNull();
    expect(warn.mock.calls.flat().join(" ")).toMatch(/ButtonLink: unsafe or empty `to`/);
    warn.mockRestore();
  });

  it("warns when neither href nor to is given and renders plain text", () => {
    const warn = silenceWarnings();
    const { container } = render(<ButtonLink>Nowhere</ButtonLink>);
    expect(container.querySelector("a")).toBeNull();
    expect(screen.getByText("Nowhere")).toHaveAttribute("data-disabled");
    expect(screen.getByText("Nowhere").tagName).toBe("SPAN");
    expect(warn.mock.calls.flat().join(" ")).toMatch(/ButtonLink: needs an `href` \(or `to`\)/);
    warn.mockRestore();
  });

  it("uses the provider's router link and resolveHref for internal paths only", () => {
    const resolveHref = vi.fn((path: string) => `/zh${path}`);
    render(
      <StakingUIProvider linkComponent={RouterLink} resolveHref={resolveHref}>
        <ButtonLink href="/staking/">了解更多</ButtonLink>
        <ButtonLink to="/staking/withdrawals/">提款</ButtonLink>
        <ButtonLink href="https://ethereum.org/en/staking/">External</ButtonLink>
      </StakingUIProvider>,
    );
    const internal = screen.getByRole("link", { name: "了解更多" });
    expect(internal).toHaveAttribute("data-router");
    expect(internal).toHaveAttribute("href", "/router/zh/staking/");
    expect(internal).toHaveAttribute("data-slot", "button-link");
    expect(internal).toHaveClass("sui-button-link");
    expect(screen.getByRole("link", { name: "提款" })).toHaveAttribute("href", "/router/zh/staking/withdrawals/");
    const external = screen.getByRole("link", { name: "External" });
    expect(external).not.toHaveAttribute("data-router");
    expect(external).toHaveAttribute("href", "https://ethereum.org/en/staking/");
    expect(resolveHref).toHaveBeenCalledWith("/staking/");
    expect(resolveHref).not.toHaveBeenCalledWith("https://ethereum.org/en/staking/");
  });

  it.each([
    ["outline", "sm", false],
    ["ghost", "lg", true],
    ["link", "md", true],
  ] as const)("applies variant=%s size=%s isSecondary=%s", async (variant, size, isSecondary) => {
    const { container } = render(
      <ButtonLink href="/x/" variant={variant} size={size} isSecondary={isSecondary}>
        Go
      </ButtonLink>,
    );
    const link = screen.getByRole("link");
    expect(link).toHaveAttribute("data-variant", variant);
    expect(link).toHaveAttribute("data-size", size);
    expect(link.hasAttribute("data-secondary")).toBe(isSecondary);
    expect(link).toHaveAttribute("data-variant", variant);
    expect(link).toHaveAttribute("data-size", size);
    expect(link.hasAttribute("data-secondary")).toBe(isSecondary);
    await expectNoAxeViolations(container);
  });

  it("falls back to solid/md and warns for unknown variant or size", () => {
    const warn = silenceWarnings();
    render(
      <ButtonLink href="/x/" variant={"primary" as never} size={"xl" as never}>
        Go
      </ButtonLink>,
    );
    expect(screen.getByRole("link")).toHaveAttribute("data-variant", "solid");
    expect(screen.getByRole("link")).toHaveAttribute("data-size", "md");
    const text = warn.mock.calls.flat().join(" ");
    expect(text).toMatch(/ButtonLink: unknown `variant` "primary"/);
    expect(text).toMatch(/ButtonLink: unknown `size` "xl"/);
    warn.mockRestore();
  });

  it("forwards its ref, merges className, spreads native props and is keyboard reachable", async () => {
    const ref = createRef<HTMLAnchorElement>();
    const onClick = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    render(
      <ButtonLink ref={ref} href="/x/" className="mt-4" id="cta" aria-describedby="hint" onClick={onClick}>
        Go
      </ButtonLink>,
    );
    expect(ref.current).toBeInstanceOf(HTMLAnchorElement);
    expect(ref.current).toHaveClass("sui-button-link", "mt-4");
    expect(ref.current).toHaveAttribute("id", "cta");
    expect(ref.current).toHaveAttribute("aria-describedby", "hint");
    const user = userEvent.setup();
    await user.tab();
    expect(ref.current).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
