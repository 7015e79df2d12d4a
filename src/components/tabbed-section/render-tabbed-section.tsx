"use client";
import { useState, type ComponentPropsWithoutRef, type ForwardedRef, type ReactNode } from "react";
import type { Direction } from "../../i18n/direction.js";
import { cn } from "../../lib/cn.js";
import { devWarn } from "../../lib/dev-warning.js";
import { useTabs } from "../../lib/use-tabs.js";
import { useLocaleDirection } from "../../provider/hooks.js";
import { normalizeTabs, type TabbedSectionTab } from "./normalize-tabs.js";

// Checked inline rather than through a shared constant: a bundler folds this expression while
// parsing the module, so production bundles lose the warnings together with the helpers they use.
declare const process: { env: Record<string, string | undefined> };

export interface TabbedSectionBaseProps
  extends Omit<ComponentPropsWithoutRef<"div">, "children" | "dir" | "defaultValue" | "onChange"> {
  /**
   * The tabs, in order. Entries without a unique non-empty `value` or a `label` are skipped with a
   * development warning; an empty array renders nothing.
   */
  tabs: readonly TabbedSectionTab[];
  /** Value of the tab selected at first (uncontrolled). Default: the first tab. */
  defaultValue?: string;
  /** Value of the selected tab (controlled); use with `onValueChange`. */
  value?: string;
  /** Called with the newly selected tab's value. */
  onValueChange?: (value: string) => void;
  /** Accessible name of the tab list; give it when the page has no heading right before the tabs. */
  listLabel?: string;
  /** Locale of the content, for its direction. Default: the provider's locale, else "en". */
  locale?: string;
  /**
   * Text direction; also which way the arrow keys move. Default: derived from `locale`, else the
   * provider's, else the page's.
   */
  dir?: Direction;
}

/**
 * Renders the tabs; with no `tabs` and a `defaultContent`, renders that instead (after the same
 * hooks, so a section whose `tabs` come and go keeps a stable hook order). TabbedSection is this
 * with its restaking content as the default, and TabbedSectionBase without any.
 */
export function renderTabbedSection<
  P extends Omit<TabbedSectionBaseProps, "tabs"> & { tabs?: TabbedSectionBaseProps["tabs"]; messages?: unknown },
>(
  props: P,
  ref: ForwardedRef<HTMLDivElement>,
  defaultContent?: (props: P, ref: ForwardedRef<HTMLDivElement>) => ReactNode,
): ReactNode {
  // `messages` is for the default content only; it must not reach the DOM.
  const { tabs, defaultValue, value, onValueChange, listLabel, locale, dir: dirProp, className, messages, ...rest } = props;
  const { dirAttribute } = useLocaleDirection(locale, dirProp);
  // An initializer, so a function passed as `defaultValue` is a wrong value (warned about below)
  // rather than code useState would run.
  const [uncontrolledValue, setUncontrolledValue] = useState(() => defaultValue);
  // Without `tabs`, TabbedSection shows its built-in content; the hooks above and below still run.
  const showsDefault = tabs === undefined && defaultContent !== undefined;
  const list = showsDefault ? [] : normalizeTabs(tabs);
  if (process.env.NODE_ENV !== "production" && list.length > 0) {
    const expected = `expected one of ${list.map((tab) => JSON.stringify(tab.value)).join(", ")}`;
    const known = (candidate: unknown) => list.some((tab) => tab.value === candidate);
    if (defaultValue !== undefined && !known(defaultValue))
      devWarn("TabbedSection", `unknown \`defaultValue\` ${quote(defaultValue)}; ${expected}. The first tab is selected.`);
    if (value !== undefined && !known(value))
      devWarn("TabbedSection", `unknown \`value\` ${quote(value)}; ${expected}. The first tab is shown.`);
  }
  const requested = value ?? uncontrolledValue;
  const selected = list.find((tab) => tab.value === requested) ?? list[0];

  const { listProps, tabProps, panelProps } = useTabs({
    selected: selected?.key ?? "",
    onSelect: (key) => {
      const tab = list[Number(key)];
      if (!tab) return;
      if (value === undefined) setUncontrolledValue(tab.value);
      if (typeof onValueChange === "function") onValueChange(tab.value);
    },
    orientation: "horizontal",
    // Unset, the arrow keys follow the page's direction, read when a key is pressed.
    dir: dirAttribute,
  });

  if (showsDefault) return defaultContent(props, ref);
  if (selected === undefined) return null;
  return (
    <div
      ref={ref}
      data-slot="tabbed-section"
      data-orientation="horizontal"
      className={cn("sui-root sui-tabbed-section", className)}
      {...rest}
      dir={dirAttribute}
    >
      <div {...listProps} data-slot="tabbed-section-list" className="sui-tabbed-section__list" aria-label={listLabel}>
        {list.map((tab, index) => (
          <button
            key={tab.key}
            {...tabProps(tab.key, index)}
            data-value={tab.value}
            data-slot="tabbed-section-trigger"
            className="sui-tabbed-section__trigger"
          >
            {tab.label}
          </button>
        ))}
      </div>
      {list.map((tab, index) => (
        // Every panel stays in the DOM (and in server HTML); `hidden` hides the others.
        <div
          key={tab.key}
          {...panelProps(tab.key, index)}
          data-value={tab.value}
          data-slot="tabbed-section-panel"
          className="sui-tabbed-section__panel"
        >
          {tab.content}
        </div>
      ))}
    </div>
  );
}

/** A value for a warning; never throws (JSON.stringify does on cycles and BigInt). */
function quote(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : `a value of type ${typeof value}`;
}
