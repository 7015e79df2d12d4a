// The tab pattern (WAI-ARIA APG "Tabs with automatic activation") as prop getters, shared by
// TabbedSection and StakingConsiderations. Written here rather than taken from a tabs package:
// one tablist of buttons needs only a roving tab stop and a key map, and the packages bring a
// generic item collection that bundlers cannot remove — more than the rest of a component costs.
//
// The selected tab is the list's only tab stop; arrow keys move focus along the list (wrapping),
// Home and End go to the ends, and focusing a tab selects it. Every panel stays rendered, the
// inactive ones `hidden`, so server HTML carries all their text.
import { useId, type KeyboardEvent } from "react";
import type { Direction } from "../i18n/direction.js";

export type TabsOrientation = "horizontal" | "vertical";

export interface UseTabsOptions {
  /** Key of the selected tab. */
  selected: string;
  /** Called with a tab's key when the reader picks another tab (never for the selected one). */
  onSelect: (key: string) => void;
  /** Which arrows move along the list; also its `aria-orientation`. */
  orientation: TabsOrientation;
  /**
   * Which way Left and Right go. When not given it is read from the page at the key press, so a
   * component without a direction of its own follows the page it sits in.
   */
  dir?: Direction;
  /**
   * Let the other axis' arrows move too. A list laid out in a row on narrow screens keeps Up and
   * Down working, so the keys a reader learned in the wide layout still do what they expect.
   */
  crossAxisArrows?: boolean;
}

const TAB_SELECTOR = '[role="tab"]:not([disabled])';

/** Where a key moves focus: a step along the list, one of its ends, or nowhere. */
export function tabKeyMove(
  key: string,
  orientation: TabsOrientation,
  dir: Direction,
  crossAxisArrows = false,
): 1 | -1 | "first" | "last" | undefined {
  if (key === "Home") return "first";
  if (key === "End") return "last";
  const rows = orientation === "horizontal" || crossAxisArrows;
  const columns = orientation === "vertical" || crossAxisArrows;
  if (rows && (key === "ArrowRight" || key === "ArrowLeft")) return (key === "ArrowRight") === (dir !== "rtl") ? 1 : -1;
  if (columns && (key === "ArrowDown" || key === "ArrowUp")) return key === "ArrowDown" ? 1 : -1;
  return undefined;
}

/** The direction an element is laid out in: computed where the browser knows it, else from `dir`. */
function directionOfElement(element: Element): Direction {
  const computed = getComputedStyle(element).direction;
  if (computed === "rtl" || computed === "ltr") return computed;
  return element.closest("[dir]")?.getAttribute("dir")?.toLowerCase() === "rtl" ? "rtl" : "ltr";
}

export function useTabs({ selected, onSelect, orientation, dir, crossAxisArrows }: UseTabsOptions) {
  const base = useId();
  const tabId = (index: number) => `${base}-tab-${index}`;
  const panelId = (index: number) => `${base}-panel-${index}`;
  const select = (key: string) => {
    if (key !== selected) onSelect(key);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const list = event.currentTarget;
    const move = tabKeyMove(event.key, orientation, dir ?? directionOfElement(list), crossAxisArrows);
    if (move === undefined) return;
    // Only this list's own tabs: a tab set nested in a panel is not inside the list.
    const tabs = Array.from(list.querySelectorAll<HTMLElement>(TAB_SELECTOR)).filter((tab) => tab.closest('[role="tablist"]') === list);
    const from = tabs.indexOf(event.target as HTMLElement);
    if (from === -1) return;
    event.preventDefault();
    const to = move === "first" ? 0 : move === "last" ? tabs.length - 1 : (from + move + tabs.length) % tabs.length;
    // Focusing the tab selects it (its onFocus), as it does when the reader tabs back in.
    tabs[to]?.focus();
  };

  return {
    listProps: { role: "tablist", "aria-orientation": orientation, onKeyDown } as const,
    tabProps: (key: string, index: number) => {
      const active = key === selected;
      return {
        type: "button",
        role: "tab",
        id: tabId(index),
        "aria-selected": active,
        "aria-controls": panelId(index),
        "data-state": active ? "active" : "inactive",
        tabIndex: active ? 0 : -1,
        onClick: () => select(key),
        onFocus: () => select(key),
      } as const;
    },
    panelProps: (key: string, index: number) => {
      const active = key === selected;
      return {
        role: "tabpanel",
        id: panelId(index),
        "aria-labelledby": tabId(index),
        "data-state": active ? "active" : "inactive",
        hidden: !active,
        // The panel is the next stop after the tab list, so readers reach text without links.
        tabIndex: 0,
      } as const;
    },
  };
}
