import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { tabKeyMove, useTabs, type UseTabsOptions } from "../../src/lib/use-tabs";
import type { Direction } from "../../src/i18n/direction";

const KEYS = ["a", "b", "c", "d"];

/** A bare tab set on the hook: what TabbedSection and StakingConsiderations build on. */
function Demo({
  initial = "a",
  onSelect,
  ...options
}: Partial<Omit<UseTabsOptions, "selected" | "onSelect">> & { initial?: string; onSelect?: (key: string) => void; dir?: Direction }) {
  const [selected, setSelected] = useState(initial);
  const { listProps, tabProps, panelProps } = useTabs({
    orientation: "horizontal",
    ...options,
    selected,
    onSelect: (key) => {
      onSelect?.(key);
      setSelected(key);
    },
  });
  return (
    <div>
      <div {...listProps} aria-label="Letters">
        {KEYS.map((key, index) => (
          <button key={key} {...tabProps(key, index)}>
            {key.toUpperCase()}
          </button>
        ))}
      </div>
      {KEYS.map((key, index) => (
        <div key={key} {...panelProps(key, index)}>
          Panel {key}
        </div>
      ))}
    </div>
  );
}

const tab = (name: string) => screen.getByRole("tab", { name });
const selectedTab = () => screen.getByRole("tab", { selected: true });

describe("tabKeyMove", () => {
  it.each([
    ["ArrowRight", "horizontal", "ltr", false, 1],
    ["ArrowLeft", "horizontal", "ltr", false, -1],
    ["ArrowRight", "horizontal", "rtl", false, -1],
    ["ArrowLeft", "horizontal", "rtl", false, 1],
    ["ArrowDown", "horizontal", "ltr", false, undefined],
    ["ArrowDown", "horizontal", "ltr", true, 1],
    ["ArrowUp", "horizontal", "rtl", true, -1],
    ["ArrowDown", "vertical", "rtl", false, 1],
    ["ArrowUp", "vertical", "ltr", false, -1],
    ["ArrowRight", "vertical", "ltr", false, undefined],
    ["Home", "vertical", "ltr", false, "first"],
    ["End", "horizontal", "rtl", false, "last"],
    ["Enter", "horizontal", "ltr", true, undefined],
    ["a", "vertical", "ltr", true, undefined],
  ] as const)("%s in a %s %s list (cross axis %s) → %s", (key, orientation, dir, cross, expected) => {
    expect(tabKeyMove(key, orientation, dir, cross)).toBe(expected);
  });
});

describe("useTabs", () => {
  it("links each tab to its panel with unique ids, and keeps only the selected panel visible", () => {
    render(
      <>
        <Demo />
        <Demo initial="c" />
      </>,
    );
    const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const element of screen.getAllByRole("tab")) {
      const panel = document.getElementById(element.getAttribute("aria-controls")!)!;
      expect(panel).toHaveAttribute("role", "tabpanel");
      expect(panel).toHaveAttribute("aria-labelledby", element.id);
      expect(panel.hidden).toBe(element.getAttribute("aria-selected") !== "true");
      expect(panel.dataset.state).toBe(element.dataset.state);
    }
    const [first, second] = screen.getAllByRole("tablist");
    expect(first).toHaveAttribute("aria-orientation", "horizontal");
    expect(second!.querySelector('[aria-selected="true"]')).toHaveTextContent("C");
  });

  it("makes the selected tab the list's only tab stop, and Tab moves on into the panel", async () => {
    const user = userEvent.setup();
    render(<Demo initial="b" />);
    expect(screen.getAllByRole("tab").map((element) => element.tabIndex)).toEqual([-1, 0, -1, -1]);
    await user.tab();
    expect(tab("B")).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("tabpanel")).toHaveFocus();
    expect(screen.getByRole("tabpanel")).toHaveTextContent("Panel b");
  });

  it("moves and selects with the arrows (wrapping), Home and End; the handled keys do not scroll", async () => {
    const user = userEvent.setup();
    render(<Demo />);
    await user.click(tab("A"));
    await user.keyboard("{ArrowRight}");
    expect(selectedTab()).toBe(tab("B"));
    expect(tab("B")).toHaveFocus();
    await user.keyboard("{End}");
    expect(selectedTab()).toBe(tab("D"));
    await user.keyboard("{ArrowRight}");
    expect(selectedTab()).toBe(tab("A"));
    await user.keyboard("{ArrowLeft}");
    expect(selectedTab()).toBe(tab("D"));
    await user.keyboard("{Home}");
    expect(selectedTab()).toBe(tab("A"));
    expect(screen.getByRole("tabpanel")).toHaveTextContent("Panel a");
    // fireEvent returns false when the handler called preventDefault.
    expect(fireEvent.keyDown(tab("A"), { key: "ArrowRight" })).toBe(false);
    expect(fireEvent.keyDown(tab("B"), { key: "ArrowDown" })).toBe(true);
  });

  it("leaves the keys alone with a modifier held, so browser and screen reader shortcuts still work", () => {
    const onSelect = vi.fn();
    render(<Demo onSelect={onSelect} />);
    for (const modifier of ["altKey", "ctrlKey", "metaKey", "shiftKey"]) {
      expect(fireEvent.keyDown(tab("A"), { key: "ArrowRight", [modifier]: true })).toBe(true);
    }
    expect(onSelect).not.toHaveBeenCalled();
    expect(selectedTab()).toBe(tab("A"));
  });

  it("mirrors Left and Right from `dir`, and from the page when `dir` is not given", async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Demo dir="rtl" />);
    await user.click(tab("A"));
    await user.keyboard("{ArrowLeft}");
    expect(selectedTab()).toBe(tab("B"));
    unmount();

    render(
      <div dir="rtl">
        <Demo />
      </div>,
    );
    await user.click(tab("A"));
    await user.keyboard("{ArrowLeft}");
    expect(selectedTab()).toBe(tab("B"));
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(selectedTab()).toBe(tab("D"));
  });

  it("moves along the column in a vertical list, and on both axes with crossAxisArrows", async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Demo orientation="vertical" />);
    expect(screen.getByRole("tablist")).toHaveAttribute("aria-orientation", "vertical");
    await user.click(tab("A"));
    await user.keyboard("{ArrowRight}");
    expect(selectedTab()).toBe(tab("A"));
    await user.keyboard("{ArrowDown}");
    expect(selectedTab()).toBe(tab("B"));
    unmount();

    render(<Demo crossAxisArrows />);
    await user.click(tab("A"));
    await user.keyboard("{ArrowDown}{ArrowRight}");
    expect(selectedTab()).toBe(tab("C"));
    await user.keyboard("{ArrowUp}");
    expect(selectedTab()).toBe(tab("B"));
  });

  it("reports a selection once: never for the tab already selected", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Demo onSelect={onSelect} />);
    await user.click(tab("A"));
    expect(onSelect).not.toHaveBeenCalled();
    await user.click(tab("C"));
    expect(onSelect.mock.calls).toEqual([["c"]]);
  });

  it("steps over a tab list nested in one of its panels", async () => {
    const user = userEvent.setup();
    function Nested() {
      const [selected, setSelected] = useState("outer-1");
      const { listProps, tabProps } = useTabs({ selected, onSelect: setSelected, orientation: "horizontal" });
      return (
        <div {...listProps}>
          <button {...tabProps("outer-1", 0)}>Outer 1</button>
          <div>
            <Demo />
          </div>
          <button {...tabProps("outer-2", 1)}>Outer 2</button>
        </div>
      );
    }
    render(<Nested />);
    await user.click(tab("Outer 1"));
    await user.keyboard("{ArrowRight}");
    expect(tab("Outer 2")).toHaveFocus();
    expect(tab("Outer 2")).toHaveAttribute("aria-selected", "true");
  });
});
