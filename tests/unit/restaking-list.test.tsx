import { fireEvent, render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { monogramHue, monogramInitials } from "../../src/components/monogram/monogram-data";
import { Monogram } from "../../src/components/monogram/monogram";
import { restakingListMessages } from "../../src/components/restaking-list/messages";
import { ar } from "../../src/locales/ar";
import { zh } from "../../src/locales/zh";
import { RestakingList } from "../../src/components/restaking-list/restaking-list";
import { RESTAKING_PLATFORMS } from "../../src/content/platforms";
import type { RestakingPlatform } from "../../src/content/types";
import { safeHref } from "../../src/lib/safe-href";
import { StakingUIProvider } from "../../src/provider/staking-ui-provider";
import { expectNoAxeViolations } from "../setup/axe";

function captureWarnings() {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  return {
    text: () => warn.mock.calls.map((call) => call.join(" ")).join("\n"),
    count: () => warn.mock.calls.length,
  };
}

afterEach(() => vi.restoreAllMocks());

describe("RestakingList", () => {
  it("renders the built-in platforms as a list with headings, kinds, descriptions and external links", () => {
    render(<RestakingList />);
    const list = screen.getByRole("list");
    expect(list).toHaveAttribute("data-slot", "restaking-list");
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(4);
    const names = screen.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent);
    expect(names).toEqual(["EigenLayer", "Symbiotic", "Karak", "ether.fi"]);
    const link = screen.getByRole("link", { name: "Visit EigenLayer" });
    expect(link).toHaveAttribute("href", "https://www.eigenlayer.xyz/");
    expect(link.getAttribute("rel")?.split(" ")).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
    expect(within(items[0]!).getByText("Restaking protocol")).toHaveAttribute("data-slot", "restaking-list-kind");
    expect(within(items[3]!).getByText("Liquid restaking")).toBeInTheDocument();
    expect(within(items[0]!).getByText(restakingListMessages.en.eigenlayerDescription)).toHaveAttribute(
      "data-slot",
      "restaking-list-description",
    );
    // No logos in the built-in data: every platform gets a decorative monogram.
    const monogram = items[0]!.querySelector('[data-slot="restaking-list-monogram"]');
    expect(monogram).toHaveTextContent("EL");
    expect(monogram).toHaveAttribute("aria-hidden", "true");
  });

  it("translates kinds, descriptions and link text, and is right-to-left in Arabic", () => {
    const { rerender } = render(<RestakingList locale="zh" />);
    expect(screen.getByRole("link", { name: "访问 Symbiotic" })).toBeInTheDocument();
    expect(screen.getAllByText("再质押协议")).toHaveLength(3);
    expect(screen.getByText(zh.messages.RestakingList.karakDescription)).toBeInTheDocument();
    expect(screen.getByRole("list")).toHaveAttribute("dir", "ltr");
    rerender(<RestakingList locale="ar" />);
    expect(screen.getByRole("list")).toHaveAttribute("dir", "rtl");
    expect(screen.getByRole("link", { name: "زيارة Karak" })).toBeInTheDocument();
    expect(screen.getByText(ar.messages.RestakingList.etherfiDescription)).toBeInTheDocument();
  });

  it("takes its locale and message overrides from the provider, and per-component overrides win", () => {
    render(
      <StakingUIProvider locale="zh" messages={{ RestakingList: { visit: "前往 {name}" } }}>
        <RestakingList />
        <RestakingList messages={{ visit: "Open {name}" }} locale="en" />
      </StakingUIProvider>,
    );
    expect(screen.getByRole("link", { name: "前往 Karak" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Open Karak" })).toBeInTheDocument();
  });

  it("does not set dir without a provider, locale or dir, so it inherits the page's direction", () => {
    render(<RestakingList />);
    expect(screen.getByRole("list")).not.toHaveAttribute("dir");
  });

  it("shows site-provided platforms with their own text, logo image and fallback monogram on error", () => {
    const platforms: RestakingPlatform[] = [
      {
        id: "acme",
        name: "Acme Restake",
        kind: "Our kind",
        url: "https://acme.example/",
        logo: "https://acme.example/logo.png",
        description: "Our own words.",
      },
    ];
    const { container } = render(<RestakingList platforms={platforms} locale="zh" />);
    expect(screen.getByRole("heading", { name: "Acme Restake" })).toBeInTheDocument();
    expect(screen.getByText("Our kind")).toBeInTheDocument();
    expect(screen.getByText("Our own words.")).toBeInTheDocument();
    const image = container.querySelector("img")!;
    expect(image).toHaveAttribute("src", "https://acme.example/logo.png");
    expect(image).toHaveAttribute("alt", "");
    expect(screen.getByRole("listitem")).toHaveAttribute("data-platform", "acme");
    fireEvent.error(image);
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector('[data-slot="restaking-list-monogram"]')).toHaveTextContent("AR");
  });

  it("skips malformed entries with warnings naming `platforms` and the index, and keeps the valid ones", () => {
    const warnings = captureWarnings();
    const platforms = [
      null,
      { name: "", url: "https://empty.example" },
      { name: "No URL" },
      { name: "Script", url: "javascript:alert(1)", kind: "k" },
      { name: "Typed", url: "https://typed.example", description: 5 },
      { name: "Bad logo", url: "https://ok.example", logo: " jav&#x61;script:alert(1)" },
      "EigenLayer",
    ] as unknown as RestakingPlatform[];
    const { container } = render(<RestakingList platforms={platforms} />);
    const text = warnings.text();
    expect(text).toMatch(/RestakingList: `platforms\[0\]` must be an object/);
    expect(text).toMatch(/`platforms\[1\]\.name` must be a non-empty string/);
    expect(text).toMatch(/`platforms\[2\]\.url` must be a non-empty string/);
    expect(text).toMatch(/`platforms\[3\]\.url` "javascript:alert\(1\)" is not a safe URL/);
    expect(text).toMatch(/`platforms\[4\]\.description` must be a string/);
    expect(text).toMatch(/`platforms\[5\]\.logo` .* is not a safe URL/);
    expect(text).toMatch(/`platforms\[6\]` must be an object/);
    const names = screen.getAllByRole("heading").map((heading) => heading.textContent);
    expect(names).toEqual(["Script", "Bad logo"]);
    // The unsafe platform is listed without any link; the unsafe logo becomes a monogram.
    expect(screen.queryByRole("link", { name: /Script/ })).toBeNull();
    expect(screen.queryByText("Visit Script")).toBeNull();
    expect(screen.getByRole("link", { name: "Visit Bad logo" })).toHaveAttribute("href", "https://ok.example");
    expect(container.querySelector("img")).toBeNull();
    expect(container.innerHTML).not.toMatch(/javascript|&#x61;script/i);
  });

  it("renders nothing, with a warning naming `platforms`, for an empty array or a non-array", () => {
    const warnings = captureWarnings();
    const { container, rerender } = render(<RestakingList platforms={[]} />);
    expect(container).toBeEmptyDOMElement();
    expect(warnings.text()).toMatch(/`platforms` is an empty array/);
    rerender(<RestakingList platforms={{ name: "x" } as never} />);
    expect(container).toBeEmptyDOMElement();
    expect(warnings.text()).toMatch(/`platforms` must be an array; received object/);
  });

  it("honours headingLevel and warns for an invalid one", () => {
    const warnings = captureWarnings();
    const { rerender } = render(<RestakingList headingLevel={2} />);
    expect(screen.getAllByRole("heading", { level: 2 })).toHaveLength(4);
    rerender(<RestakingList headingLevel={0 as never} />);
    expect(screen.getAllByRole("heading", { level: 3 })).toHaveLength(4);
    expect(warnings.text()).toMatch(/RestakingList: `headingLevel`/);
  });

  it("forwards its ref, merges className and spreads native props", () => {
    const ref = createRef<HTMLUListElement>();
    render(<RestakingList ref={ref} className="extra" id="platforms" aria-label="Restaking platforms" />);
    expect(ref.current).toBeInstanceOf(HTMLUListElement);
    expect(ref.current).toHaveClass("sui-root", "sui-restaking-list", "extra");
    expect(ref.current).toHaveAttribute("id", "platforms");
    expect(screen.getByRole("list", { name: "Restaking platforms" })).toBe(ref.current);
  });

  it("has no axe violations in English and Arabic", async () => {
    const { container, rerender } = render(<RestakingList />);
    await expectNoAxeViolations(container);
    rerender(<RestakingList locale="ar" />);
    await expectNoAxeViolations(container);
  });
});

describe("built-in restaking platforms", () => {
  it("have unique ids, safe https URLs and English text", () => {
    const ids = RESTAKING_PLATFORMS.map((platform) => platform.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(["eigenlayer", "symbiotic"]));
    for (const platform of RESTAKING_PLATFORMS) {
      expect(safeHref(platform.url)).toBe(platform.url);
      expect(platform.url).toMatch(/^https:\/\//);
      expect(platform.description.length).toBeGreaterThan(40);
      expect(["Restaking protocol", "Liquid restaking"]).toContain(platform.kind);
    }
  });
});

describe("Monogram", () => {
  it("derives initials from words, camel case or the first character", () => {
    expect(monogramInitials("EigenLayer")).toBe("EL");
    expect(monogramInitials("Rocket Pool")).toBe("RP");
    expect(monogramInitials("ether.fi")).toBe("EF");
    expect(monogramInitials("symbiotic")).toBe("S");
    expect(monogramInitials("再质押")).toBe("再");
    expect(monogramInitials("  ")).toBe("?");
  });

  it("picks a stable hue from the name, different for different names", () => {
    expect(monogramHue("Karak")).toBe(monogramHue("Karak"));
    expect(monogramHue("Karak")).toBeGreaterThanOrEqual(0);
    expect(monogramHue("Karak")).toBeLessThan(360);
    const hues = new Set(["EigenLayer", "Symbiotic", "Karak", "ether.fi", "Lido"].map(monogramHue));
    expect(hues.size).toBeGreaterThan(1);
  });

  it("is decorative by default and an image when labelled", () => {
    const { rerender } = render(<Monogram name="Karak" data-testid="m" />);
    const monogram = screen.getByTestId("m");
    expect(monogram).toHaveAttribute("aria-hidden", "true");
    expect(monogram.style.getPropertyValue("--sui-monogram-hue")).toBe(String(monogramHue("Karak")));
    rerender(<Monogram name="Karak" label="Karak logo" data-testid="m" />);
    expect(screen.getByRole("img", { name: "Karak logo" })).toHaveTextContent("K");
  });
});
