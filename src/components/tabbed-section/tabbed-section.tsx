"use client";
import * as Tabs from "@radix-ui/react-tabs";
import {
  forwardRef,
  useCallback,
  useEffect,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type ForwardedRef,
  type MutableRefObject,
  type RefObject,
} from "react";
import type { Direction } from "../../i18n/direction.js";
import { cn } from "../../lib/cn.js";
import { DEV, devWarn } from "../../lib/dev-warning.js";
import { useLocaleDirection, useMessages } from "../../provider/hooks.js";
import { restakingTabs } from "./default-tabs.js";
import { tabbedSectionMessages, type TabbedSectionMessages } from "./messages.js";
import { normalizeTabs, type TabbedSectionTab } from "./normalize-tabs.js";

export type { TabbedSectionTab } from "./normalize-tabs.js";

export interface TabbedSectionProps
  extends Omit<ComponentPropsWithoutRef<"div">, "children" | "dir" | "defaultValue" | "onChange"> {
  /**
   * The tabs, in order. Default: the restaking page's two worlds ("with-restaking" and
   * "without-restaking"), each a translated diagram with its description. Entries without a
   * unique non-empty `value` or a `label` are skipped with a development warning; an empty array
   * renders nothing.
   */
  tabs?: readonly TabbedSectionTab[];
  /** Value of the tab selected at first (uncontrolled). Default: the first tab. */
  defaultValue?: string;
  /** Value of the selected tab (controlled); use with `onValueChange`. */
  value?: string;
  /** Called with the newly selected tab's value. */
  onValueChange?: (value: string) => void;
  /**
   * Accessible name of the tab list. Default: a translated name for the built-in tabs, none for
   * tabs given in `tabs` (label them with this prop when the page has no heading before them).
   */
  listLabel?: string;
  /** Locale of the built-in strings ("en", "zh", "ar"). Default: the provider's locale, else "en". */
  locale?: string;
  /**
   * Text direction; also which way the arrow keys move. Default: derived from `locale`, else the
   * provider's, else read from the page once mounted.
   */
  dir?: Direction;
  /** Overrides for the built-in strings, e.g. `{ withRestakingTab: "Restaked" }`. */
  messages?: Partial<TabbedSectionMessages>;
}

/**
 * Tabs whose panels all stay in the HTML (inactive ones are `hidden`), so every panel's text is
 * rendered on the server and indexable. Keyboard: Tab enters the selected tab, arrow keys move
 * and select (mirrored right to left), Home and End jump to the first and last tab.
 * `<TabbedSection />` with no props shows restaking's "two worlds" diagrams.
 */
export const TabbedSection = forwardRef<HTMLDivElement, TabbedSectionProps>(function TabbedSection(
  {
    tabs,
    defaultValue,
    value,
    onValueChange,
    listLabel,
    locale: localeProp,
    dir: dirProp,
    messages: overrides,
    className,
    ...rest
  },
  forwardedRef,
) {
  const { locale, dir, dirAttribute } = useLocaleDirection(localeProp, dirProp);
  const messages = useMessages("TabbedSection", tabbedSectionMessages, locale, overrides);
  const [uncontrolledValue, setUncontrolledValue] = useState(defaultValue);
  const rootRef = useRef<HTMLDivElement | null>(null);
  const ref = useMergedRef(forwardedRef, rootRef);
  const pageDir = usePageDirection(rootRef, dirAttribute === undefined);

  const builtIn = tabs === undefined;
  const list = builtIn ? restakingTabs(messages, { locale: localeProp, dir: dirProp, overrides }) : normalizeTabs(tabs);
  const known = (candidate: unknown) => list.some((tab) => tab.value === candidate);
  if (list.length > 0) {
    if (defaultValue !== undefined && !known(defaultValue)) {
      DEV && devWarn(
        "TabbedSection",
        `unknown \`defaultValue\` ${quote(defaultValue)}; expected one of ${list.map((tab) => JSON.stringify(tab.value)).join(", ")}. The first tab is selected.`,
      );
    }
    if (value !== undefined && !known(value)) {
      DEV && devWarn(
        "TabbedSection",
        `unknown \`value\` ${quote(value)}; expected one of ${list.map((tab) => JSON.stringify(tab.value)).join(", ")}. The first tab is shown.`,
      );
    }
  }
  const requested = value !== undefined ? value : uncontrolledValue;
  const selected = list.find((tab) => tab.value === requested) ?? list[0];

  const select = (key: string) => {
    const tab = list.find((candidate) => candidate.key === key);
    if (!tab) return;
    if (value === undefined) setUncontrolledValue(tab.value);
    if (typeof onValueChange === "function" && tab.value !== selected?.value) onValueChange(tab.value);
  };

  if (selected === undefined) return null;
  return (
    <Tabs.Root
      asChild
      value={selected.key}
      onValueChange={select}
      dir={dirAttribute ?? pageDir ?? dir}
      orientation="horizontal"
      activationMode="automatic"
    >
      {/* Radix writes its `dir` on the root; ours wins so an unset direction stays inherited. */}
      <div
        ref={ref}
        data-slot="tabbed-section"
        data-variant={builtIn ? "restaking" : undefined}
        className={cn("sui-root sui-tabbed-section", className)}
        {...rest}
        dir={dirAttribute}
      >
        <Tabs.List
          data-slot="tabbed-section-list"
          className="sui-tabbed-section__list"
          aria-label={listLabel ?? (builtIn ? messages.listLabel : undefined)}
        >
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
});

/** A value for a warning; never throws (JSON.stringify does on cycles and BigInt). */
function quote(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : `a value of type ${typeof value}`;
}

/**
 * The direction a component without its own `dir` inherits from the page, read after mount from
 * the nearest `dir` attribute. Only the arrow keys depend on it, so the first render (server and
 * hydration) can do without it.
 */
function usePageDirection(node: RefObject<HTMLElement | null>, enabled: boolean): Direction | undefined {
  const [value, setValue] = useState<Direction>();
  useEffect(() => {
    if (!enabled) return;
    const attribute = node.current?.parentElement?.closest("[dir]")?.getAttribute("dir")?.toLowerCase();
    setValue(attribute === "rtl" || attribute === "ltr" ? attribute : undefined);
  }, [enabled, node]);
  return enabled ? value : undefined;
}

function useMergedRef<T>(forwarded: ForwardedRef<T>, own: MutableRefObject<T | null>) {
  return useCallback(
    (node: T | null) => {
      own.current = node;
      if (typeof forwarded === "function") forwarded(node);
      else if (forwarded) forwarded.current = node;
    },
    [forwarded, own],
  );
}
