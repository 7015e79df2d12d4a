"use client";
import * as Tabs from "@radix-ui/react-tabs";
import {
  useEffect,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type ForwardedRef,
  type ReactNode,
  type RefObject,
} from "react";
import type { Direction } from "../../i18n/direction.js";
import { cn } from "../../lib/cn.js";
import { devWarn } from "../../lib/dev-warning.js";
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
   * provider's, else read from the page once mounted.
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
  const { dir, dirAttribute } = useLocaleDirection(locale, dirProp);
  const [uncontrolledValue, setUncontrolledValue] = useState(defaultValue);
  const listRef = useRef<HTMLDivElement | null>(null);
  const pageDir = usePageDirection(listRef, dirAttribute === undefined);

  if (tabs === undefined && defaultContent) return defaultContent(props, ref);
  const list = normalizeTabs(tabs);
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

  const select = (key: string) => {
    const tab = list[Number(key)];
    if (!tab) return;
    if (value === undefined) setUncontrolledValue(tab.value);
    if (typeof onValueChange === "function" && tab !== selected) onValueChange(tab.value);
  };

  if (selected === undefined) return null;
  return (
    <Tabs.Root
      asChild
      value={selected.key}
      onValueChange={select}
      dir={dirAttribute ?? pageDir ?? dir}
      // Radix's defaults, relied on: horizontal, and selection follows focus ("automatic").
    >
      {/* Radix writes its `dir` on the root; ours wins so an unset direction stays inherited. */}
      <div
        ref={ref}
        data-slot="tabbed-section"
        className={cn("sui-root sui-tabbed-section", className)}
        {...rest}
        dir={dirAttribute}
      >
        <Tabs.List ref={listRef} data-slot="tabbed-section-list" className="sui-tabbed-section__list" aria-label={listLabel}>
          {list.map((tab) => (
            <Tabs.Trigger
              key={tab.key}
              value={tab.key}
              data-value={tab.value}
              data-slot="tabbed-section-trigger"
              className="sui-tabbed-section__trigger"
            >
              {tab.label}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {list.map((tab) => (
          // forceMount keeps every panel in the DOM (and in server HTML); `hidden` hides the others.
          <Tabs.Content
            key={tab.key}
            value={tab.key}
            forceMount
            hidden={tab !== selected}
            data-value={tab.value}
            data-slot="tabbed-section-panel"
            className="sui-tabbed-section__panel"
          >
            {tab.content}
          </Tabs.Content>
        ))}
      </div>
    </Tabs.Root>
  );
}

/** A value for a warning; never throws (JSON.stringify does on cycles and BigInt). */
function quote(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : `a value of type ${typeof value}`;
}

/**
 * "rtl" when a component without its own `dir` sits in a right-to-left page, read after mount from
 * the nearest `dir` attribute above the tab list (the root carries none then). Only the arrow keys
 * depend on it, so the first render (server and hydration) can do without it.
 */
function usePageDirection(list: RefObject<HTMLElement | null>, enabled: boolean): Direction | undefined {
  const [rtl, setRtl] = useState(false);
  useEffect(() => {
    if (enabled) setRtl(list.current?.closest("[dir]")?.getAttribute("dir")?.toLowerCase() === "rtl");
  }, [enabled, list]);
  return enabled && rtl ? "rtl" : undefined;
}
