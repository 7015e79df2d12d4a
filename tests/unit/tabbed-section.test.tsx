import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef, useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DIAGRAM_HEIGHT, DIAGRAM_WIDTH } from "../../src/components/tabbed-section/diagrams/diagram-frame";
import { restakingDiagramMessages } from "../../src/components/tabbed-section/diagrams/messages";
import { tabbedSectionMessages } from "../../src/components/tabbed-section/messages";
import { zh } from "../../src/locales/zh";
import { TabbedSection, type TabbedSectionTab } from "../../src/components/tabbed-section/tabbed-section";
import { TabbedSectionBase } from "../../src/components/tabbed-section/tabbed-section-base";
import { StakingUIProvider } from "../../src/provider/staking-ui-provider";
import { expectNoAxeViolations } from "../setup/axe";

const THREE: TabbedSectionTab[] = [
  { value: "solo", label: "Solo", content: <p>Solo panel</p> },
  { value: "saas", label: "SaaS", content: <p>SaaS panel</p> },
  { value: "pools", label: "Pools", content: <p>Pools panel</p> },
];

function captureWarnings() {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  return () => warn.mock.calls.map((call) => call.join(" ")).join("\n");
}

/** The one panel a reader sees: every panel is in the DOM, the others are hidden. */
function visiblePanel() {
  const panels = screen.getAllByRole("tabpanel", { hidden: true }).filter((panel) => !panel.hidden);
  expect(panels).toHaveLength(1);
  return panels[0]!;
}

afterEach(() => vi.restoreAllMocks());

describe("TabbedSection", () => {
  it("renders the two restaking worlds by default, with both panels in the DOM", () => {
    render(<TabbedSection />);
    const list = screen.getByRole("tablist", { name: tabbedSectionMessages.en.listLabel });
    const tabs = within(list).getAllByRole("tab");
    expect(tabs.map((tab) => tab.textContent)).toEqual(["With restaking", "Without restaking"]);
    expect(tabs[0]).toHaveAttribute("aria-selected", "true");
    expect(tabs[0]).toHaveAttribute("data-state", "active");
    expect(tabs[1]).toHaveAttribute("data-state", "inactive");
    const panels = screen.getAllByRole("tabpanel", { hidden: true });
    expect(panels).toHaveLength(2);
    expect(panels[1]).toHaveAttribute("hidden");
    expect(panels[1]).toHaveAttribute("data-state", "inactive");
    // The inactive world's text is still there for search engines and find-in-page.
    expect(panels[1]).toHaveTextContent(restakingDiagramMessages.en.withoutRestakingDescription);
    const image = within(panels[0]!).getByRole("img", { name: restakingDiagramMessages.en.withRestakingTitle });
    expect(image).toHaveAccessibleDescription(restakingDiagramMessages.en.withRestakingDescription);
    // viewBox plus width/height attributes: the box has its aspect ratio before any layout.
    expect(image.getAttribute("viewBox")).toBe(`0 0 ${DIAGRAM_WIDTH} ${DIAGRAM_HEIGHT}`);
    expect(image).toHaveAttribute("width", String(DIAGRAM_WIDTH));
    expect(image).toHaveAttribute("height", String(DIAGRAM_HEIGHT));
    expect(within(panels[0]!).getByText(restakingDiagramMessages.en.withRestakingDescription)).toBeVisible();
  });

  it("draws one stake securing Ethereum and the services, and separate security without restaking", () => {
    const { container } = render(<TabbedSection />);
    const [withPanel, withoutPanel] = screen.getAllByRole("tabpanel", { hidden: true });
    const withSvg = withPanel!.querySelector("svg")!;
    const withoutSvg = withoutPanel!.querySelector("svg")!;
    expect(withSvg.querySelectorAll('[data-edge="secure"]')).toHaveLength(4);
    expect(withSvg.querySelectorAll('[data-node="own"]')).toHaveLength(0);
    expect(withoutSvg.querySelectorAll('[data-edge="secure"]')).toHaveLength(2);
    expect(withoutSvg.querySelectorAll('[data-node="own"]')).toHaveLength(2);
    expect(withoutSvg).toHaveTextContent("Own validators");
    // Labels are centred so the drawing is the same in both directions.
    for (const text of container.querySelectorAll("svg text")) expect(text).toHaveAttribute("text-anchor", "middle");
    // Each arrow points at a marker defined in its own SVG.
    for (const edge of container.querySelectorAll("line")) {
      const id = /^url\(#(.+)\)$/.exec(edge.getAttribute("marker-end") ?? "")?.[1];
      expect(id && edge.ownerSVGElement!.querySelector(`marker[id="${id}"]`)).toBeTruthy();
    }
  });

  it("moves with the keyboard: Tab enters the selected tab, arrows and Home/End select and show panels", async () => {
    const user = userEvent.setup();
    render(
      <>
        <button type="button">before</button>
        <TabbedSection tabs={THREE} defaultValue="saas" />
      </>,
    );
    await user.tab();
    await user.tab();
    expect(screen.getByRole("tab", { name: "SaaS" })).toHaveFocus();
    expect(visiblePanel()).toHaveTextContent("SaaS panel");
    await user.keyboard("{ArrowRight}");
    expect(await screen.findByRole("tab", { name: "Pools", selected: true })).toHaveFocus();
    expect(visiblePanel()).toHaveTextContent("Pools panel");
    await user.keyboard("{ArrowRight}");
    expect(await screen.findByRole("tab", { name: "Solo", selected: true })).toHaveFocus();
    await user.keyboard("{ArrowLeft}");
    expect(await screen.findByRole("tab", { name: "Pools", selected: true })).toHaveFocus();
    await user.keyboard("{Home}");
    expect(await screen.findByRole("tab", { name: "Solo", selected: true })).toHaveFocus();
    expect(visiblePanel()).toHaveTextContent("Solo panel");
    await user.keyboard("{End}");
    expect(await screen.findByRole("tab", { name: "Pools", selected: true })).toHaveFocus();
    expect(visiblePanel()).toHaveTextContent("Pools panel");
    // Tab leaves the tab list for the panel.
    await user.tab();
    expect(visiblePanel()).toHaveFocus();
  });

  it("mirrors the arrow keys right to left, from `dir` and from the page", async () => {
    const user = userEvent.setup();
    const { unmount } = render(<TabbedSection tabs={THREE} dir="rtl" />);
    expect(screen.getByRole("tablist").parentElement).toHaveAttribute("dir", "rtl");
    await user.click(screen.getByRole("tab", { name: "Solo" }));
    await user.keyboard("{ArrowLeft}");
    expect(await screen.findByRole("tab", { name: "SaaS", selected: true })).toHaveFocus();
    unmount();

    render(
      <div dir="rtl">
        <TabbedSection tabs={THREE} data-testid="section" />
      </div>,
    );
    // No dir of its own: it inherits the page's, and no default "ltr" may be written over it.
    expect(screen.getByTestId("section")).not.toHaveAttribute("dir");
    await user.click(screen.getByRole("tab", { name: "Solo" }));
    await user.keyboard("{ArrowLeft}");
    expect(await screen.findByRole("tab", { name: "SaaS", selected: true })).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(await screen.findByRole("tab", { name: "Solo", selected: true })).toHaveFocus();
  });

  it("supports a controlled value with onValueChange", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { rerender } = render(<TabbedSection tabs={THREE} value="solo" onValueChange={onValueChange} />);
    await user.click(screen.getByRole("tab", { name: "Pools" }));
    expect(onValueChange).toHaveBeenCalledWith("pools");
    // The parent has not changed `value`, so the selection stays.
    expect(screen.getByRole("tab", { name: "Solo" })).toHaveAttribute("aria-selected", "true");
    rerender(<TabbedSection tabs={THREE} value="pools" onValueChange={onValueChange} />);
    expect(visiblePanel()).toHaveTextContent("Pools panel");

    function Controlled() {
      const [value, setValue] = useState("saas");
      return (
        <>
          <output data-testid="value">{value}</output>
          <TabbedSection tabs={THREE} value={value} onValueChange={setValue} />
        </>
      );
    }
    rerender(<Controlled />);
    await user.click(screen.getByRole("tab", { name: "Solo" }));
    expect(screen.getByTestId("value")).toHaveTextContent("solo");
    expect(visiblePanel()).toHaveTextContent("Solo panel");
  });

  it("warns for an unknown defaultValue or value and falls back to the first tab", () => {
    const warnings = captureWarnings();
    const { rerender } = render(<TabbedSection tabs={THREE} defaultValue="nope" />);
    expect(screen.getByRole("tab", { name: "Solo" })).toHaveAttribute("aria-selected", "true");
    expect(warnings()).toMatch(/TabbedSection: unknown `defaultValue` "nope"; expected one of "solo", "saas", "pools"/);
    rerender(<TabbedSection tabs={THREE} value="gone" />);
    expect(screen.getByRole("tab", { name: "Solo" })).toHaveAttribute("aria-selected", "true");
    expect(warnings()).toMatch(/unknown `value` "gone"/);
  });

  it("never calls a function given as defaultValue: it is a wrong value, warned about", () => {
    const warnings = captureWarnings();
    const initializer = vi.fn(() => "saas");
    render(<TabbedSection tabs={THREE} defaultValue={initializer as unknown as string} />);
    expect(initializer).not.toHaveBeenCalled();
    expect(screen.getByRole("tab", { name: "Solo" })).toHaveAttribute("aria-selected", "true");
    expect(warnings()).toMatch(/unknown `defaultValue` a value of type function/);
  });

  it("skips invalid tabs with warnings naming `tabs` and renders the valid ones", () => {
    const warnings = captureWarnings();
    const tabs = [
      { value: "", label: "Empty value", content: "x" },
      { value: "a", label: "First A", content: "A content" },
      { value: "a", label: "Second A", content: "dup" },
      { value: "b", label: "", content: "no label" },
      { value: "c", label: "Object content", content: { not: "renderable" } },
      null,
      { value: "d", label: "D", content: "D content" },
    ] as unknown as TabbedSectionTab[];
    render(<TabbedSection tabs={tabs} />);
    expect(screen.getAllByRole("tab").map((tab) => tab.textContent)).toEqual(["First A", "D"]);
    const text = warnings();
    expect(text).toMatch(/`tabs\[0\]\.value` must be a non-empty string/);
    expect(text).toMatch(/`tabs\[2\]\.value` "a" repeats an earlier tab's value/);
    expect(text).toMatch(/`tabs\[3\]\.label` must be non-empty/);
    expect(text).toMatch(/`tabs\[4\]\.content` cannot be rendered/);
    expect(text).toMatch(/`tabs\[5\]` must be an object/);
  });

  it("renders nothing, with a warning, for an empty array, a non-array or no valid tab", () => {
    const warnings = captureWarnings();
    const { container, rerender } = render(<TabbedSection tabs={[]} />);
    expect(container).toBeEmptyDOMElement();
    expect(warnings()).toMatch(/`tabs` is an empty array/);
    rerender(<TabbedSection tabs={"tabs" as never} />);
    expect(container).toBeEmptyDOMElement();
    expect(warnings()).toMatch(/`tabs` must be an array/);
    rerender(<TabbedSection tabs={[{ value: 1 }] as never} />);
    expect(container).toBeEmptyDOMElement();
    expect(warnings()).toMatch(/`tabs` has no valid entries/);
  });

  it("keeps ids valid for values that contain spaces", () => {
    render(<TabbedSection tabs={[{ value: "with space", label: "One", content: "1" }, { value: "x y", label: "Two", content: "2" }]} />);
    for (const tab of screen.getAllByRole("tab")) {
      const controls = tab.getAttribute("aria-controls")!;
      expect(controls).not.toMatch(/\s/);
      expect(document.getElementById(controls)).toHaveAttribute("role", "tabpanel");
    }
    expect(screen.getByRole("tab", { name: "Two" })).toHaveAttribute("data-value", "x y");
  });

  it("translates its built-in content, with right-to-left Arabic", () => {
    const { rerender } = render(<TabbedSection locale="zh" />);
    expect(screen.getByRole("tab", { name: "没有再质押" })).toBeInTheDocument();
    expect(screen.getByRole("img", { name: zh.messages.RestakingDiagram.withRestakingTitle })).toBeInTheDocument();
    expect(screen.getAllByText("以太坊").length).toBeGreaterThanOrEqual(2);
    rerender(<TabbedSection locale="ar" />);
    expect(screen.getByRole("tablist").parentElement).toHaveAttribute("dir", "rtl");
    expect(screen.getByRole("tab", { name: "بدون إعادة التخزين" })).toBeInTheDocument();
    expect(screen.getAllByText("إيثريوم").length).toBeGreaterThanOrEqual(2);
  });

  it("applies message overrides to tabs and diagrams", () => {
    render(<TabbedSection messages={{ withRestakingTab: "Restaked", diagramEthereum: "Mainnet" }} />);
    expect(screen.getByRole("tab", { name: "Restaked" })).toBeInTheDocument();
    expect(screen.getAllByText("Mainnet")).toHaveLength(2);
  });

  it("passes each part only the overrides its catalog knows, and warns once about unknown keys", () => {
    const warnings = captureWarnings();
    render(
      <StakingUIProvider messages={{ TabbedSection: { diagramStakers: "Holders" }, RestakingDiagram: { diagramEthereum: "L1" } }}>
        <TabbedSection messages={{ listLabel: "Worlds", nope: "x" } as Record<string, string>} />
      </StakingUIProvider>,
    );
    expect(screen.getByRole("tablist", { name: "Worlds" })).toBeInTheDocument();
    // Diagram strings given under TabbedSection (where they lived before) still reach the diagrams.
    expect(screen.getAllByText("Holders")).toHaveLength(2);
    expect(screen.getAllByText("L1")).toHaveLength(2);
    expect(warnings().match(/unknown message key/g)).toEqual(["unknown message key"]);
    expect(warnings()).toMatch(/TabbedSection: unknown message key "nope"/);
  });

  it("does not put its `messages` in the DOM when given tabs", () => {
    const { container } = render(<TabbedSection tabs={THREE} messages={{ listLabel: "Ignored" }} />);
    expect(container.querySelector("[messages]")).toBeNull();
    expect(screen.getByRole("tablist")).not.toHaveAttribute("aria-label");
  });

  it("forwards its ref, merges className, spreads native props and marks its parts", () => {
    const ref = createRef<HTMLDivElement>();
    render(<TabbedSection ref={ref} className="extra" id="worlds" tabs={THREE} listLabel="Ways to stake" />);
    expect(ref.current).toBeInstanceOf(HTMLDivElement);
    expect(ref.current).toHaveClass("sui-root", "sui-tabbed-section", "extra");
    expect(ref.current).toHaveAttribute("id", "worlds");
    expect(ref.current).toHaveAttribute("data-slot", "tabbed-section");
    expect(screen.getByRole("tablist", { name: "Ways to stake" })).toHaveAttribute("data-slot", "tabbed-section-list");
    expect(screen.getByRole("tab", { name: "Solo" })).toHaveAttribute("data-slot", "tabbed-section-trigger");
    expect(visiblePanel()).toHaveAttribute("data-slot", "tabbed-section-panel");
  });

  it("keeps a stable hook order when `tabs` comes and goes", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const { rerender } = render(<TabbedSection tabs={THREE} />);
    rerender(<TabbedSection />);
    expect(screen.getAllByRole("tab")).toHaveLength(2);
    rerender(<TabbedSection tabs={THREE} />);
    expect(screen.getAllByRole("tab")).toHaveLength(3);
    expect(error).not.toHaveBeenCalled();
  });

  it("has no axe violations, before and after switching, in English and Arabic", async () => {
    const user = userEvent.setup();
    const { container, rerender } = render(<TabbedSection />);
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole("tab", { name: "Without restaking" }));
    expect(visiblePanel()).toHaveTextContent(restakingDiagramMessages.en.withoutRestakingDescription);
    await expectNoAxeViolations(container);
    rerender(<TabbedSection locale="ar" />);
    await act(async () => {});
    await expectNoAxeViolations(container);
  });
});

describe("TabbedSectionBase", () => {
  it("renders the given tabs like TabbedSection, and nothing built in without them", () => {
    const warnings = captureWarnings();
    const ref = createRef<HTMLDivElement>();
    const { container, rerender } = render(<TabbedSectionBase ref={ref} tabs={THREE} defaultValue="saas" listLabel="Ways" />);
    expect(ref.current).toHaveAttribute("data-slot", "tabbed-section");
    expect(screen.getByRole("tablist", { name: "Ways" })).toBeInTheDocument();
    expect(visiblePanel()).toHaveTextContent("SaaS panel");
    expect(container.querySelector('[data-variant="restaking"]')).toBeNull();
    rerender(<TabbedSectionBase tabs={undefined as unknown as TabbedSectionTab[]} />);
    expect(container).toBeEmptyDOMElement();
    expect(warnings()).toMatch(/`tabs` must be an array/);
  });

  it("does not import the built-in diagrams", () => {
    const sources = import.meta.glob("../../src/components/tabbed-section/*.tsx", { query: "?raw", import: "default", eager: true });
    const imports = (file: string) => [...String(sources[`../../src/components/tabbed-section/${file}`]).matchAll(/from "(\.[^"]+)"/g)].map((m) => m[1]);
    const reachable = new Set<string>();
    const visit = (file: string) => {
      for (const target of imports(file)) {
        const name = target!.replace(/^\.\//, "").replace(/\.js$/, ".tsx");
        if (sources[`../../src/components/tabbed-section/${name}`] !== undefined && !reachable.has(name)) {
          reachable.add(name);
          visit(name);
        }
      }
    };
    visit("tabbed-section-base.tsx");
    expect([...reachable].sort()).toEqual(["render-tabbed-section.tsx"]);
    expect(imports("tabbed-section-base.tsx").concat(imports("render-tabbed-section.tsx")).filter((path) => /diagram|default-tabs|messages/.test(path!))).toEqual([]);
  });
});
