import { render, screen } from "@testing-library/react";
import { forwardRef, type ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { StakingUIProvider } from "../../src/provider/staking-ui-provider";
import { SafeLink } from "../../src/provider/safe-link";
import { useLocaleDirection, useMessages } from "../../src/provider/hooks";
import type { MessageCatalog } from "../../src/i18n/messages";

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

function Probe({ locale }: { locale?: string }) {
  const { locale: resolved, dir, dirAttribute } = useLocaleDirection(locale);
  return <output data-locale={resolved} data-dir={dir} data-dir-attribute={dirAttribute ?? "none"} />;
}

const catalog: MessageCatalog<{ more: string; less: string }> = {
  en: { more: "More", less: "Less" },
  zh: { more: "更多", less: "收起" },
  ar: { more: "المزيد" },
};

function MessagesProbe({ override }: { override?: Partial<{ more: string; less: string }> }) {
  const { locale } = useLocaleDirection();
  const messages = useMessages("Probe", catalog, locale, override);
  return (
    <output>
      {messages.more}/{messages.less}
    </output>
  );
}

describe("StakingUIProvider", () => {
  it("defaults to English, left to right, without setting dir when there is no provider", () => {
    const { container } = render(<Probe />);
    const output = container.querySelector("output")!;
    expect(output.dataset).toMatchObject({ locale: "en", dir: "ltr", dirAttribute: "none" });
  });

  it.each([
    ["ar", "rtl"],
    ["ar-EG", "rtl"],
    ["fa", "rtl"],
    ["he", "rtl"],
    ["ur", "rtl"],
    ["zh", "ltr"],
    ["en", "ltr"],
  ])("derives the direction of %s as %s", (locale, dir) => {
    const { container } = render(
      <StakingUIProvider locale={locale}>
        <Probe />
      </StakingUIProvider>,
    );
    expect(container.querySelector("output")!.dataset).toMatchObject({ locale, dir, dirAttribute: dir });
  });

  it("lets an explicit dir win over the locale and a component locale win over the provider", () => {
    const { container } = render(
      <StakingUIProvider locale="ar" dir="ltr">
        <Probe />
        <Probe locale="he" />
      </StakingUIProvider>,
    );
    const [first, second] = container.querySelectorAll("output");
    expect(first!.dataset.dir).toBe("ltr");
    expect(second!.dataset).toMatchObject({ locale: "he", dir: "rtl" });
  });

  it("resolves messages: locale, English fallback with a warning, provider and component overrides", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    render(
      <StakingUIProvider locale="ar">
        <MessagesProbe />
      </StakingUIProvider>,
    );
    expect(screen.getByText("المزيد/Less")).toBeInTheDocument();
    expect(warn.mock.calls.flat().join(" ")).toMatch(/Probe: message "less" is missing for locale "ar"/);
    warn.mockRestore();

    render(
      <StakingUIProvider locale="zh" messages={{ Probe: { more: "展开" } }}>
        <MessagesProbe override={{ less: "折叠" }} />
      </StakingUIProvider>,
    );
    expect(screen.getByText("展开/折叠")).toBeInTheDocument();
  });

  it("nested providers inherit what they do not set", () => {
    const { container } = render(
      <StakingUIProvider locale="zh">
        <StakingUIProvider dir="rtl">
          <Probe />
        </StakingUIProvider>
      </StakingUIProvider>,
    );
    expect(container.querySelector("output")!.dataset).toMatchObject({ locale: "zh", dir: "rtl" });
  });
});

describe("SafeLink", () => {
  it("routes internal paths through resolveHref and the site's link component", () => {
    render(
      <StakingUIProvider linkComponent={RouterLink} resolveHref={(path) => `/zh${path}`}>
        <SafeLink href="/staking/solo/">Solo</SafeLink>
      </StakingUIProvider>,
    );
    const link = screen.getByRole("link", { name: "Solo" });
    expect(link).toHaveAttribute("href", "/zh/staking/solo/");
    expect(link).toHaveAttribute("data-router");
  });

  it("renders external links as plain anchors with noopener noreferrer", () => {
    render(
      <StakingUIProvider linkComponent={RouterLink}>
        <SafeLink href="https://example.org/" rel="external">
          Out
        </SafeLink>
      </StakingUIProvider>,
    );
    const link = screen.getByRole("link", { name: "Out" });
    expect(link).not.toHaveAttribute("data-router");
    expect(link.getAttribute("rel")!.split(" ").sort()).toEqual(["external", "noopener", "noreferrer"]);
  });

  it("never puts an unsafe URL in the DOM and warns naming the prop", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { container } = render(<SafeLink href=" JaVaScRiPt:alert(1)">Bad</SafeLink>);
    expect(container.querySelector("[href]")).toBeNull();
    expect(screen.getByText("Bad")).toHaveAttribute("data-disabled");
    expect(warn.mock.calls.flat().join(" ")).toMatch(/unsafe or empty `href`/);
    warn.mockRestore();
  });

  it("ignores a resolveHref that returns an unsafe URL", () => {
    render(
      <StakingUIProvider resolveHref={() => "javascript:alert(1)"}>
        <SafeLink href="/staking/">Staking</SafeLink>
      </StakingUIProvider>,
    );
    expect(screen.getByRole("link", { name: "Staking" })).toHaveAttribute("href", "/staking/");
  });
});
