"use client";
import {
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
} from "react";
import { AlertCircleIcon, CheckCircleIcon, XCircleIcon } from "../../icons/icons.js";
import { considerationsFor, considerationTextFrom, type ConsiderationState } from "../../content/considerations.js";
import type { ContentIcon } from "../../content/options.js";
import { STAKING_OPTION_IDS, type FlagId, type StakingOptionId } from "../../content/types.js";
import type { Direction } from "../../i18n/direction.js";
import { cn } from "../../lib/cn.js";
import { checkOneOf, devWarn, show } from "../../lib/dev-warning.js";
import { headingTag, type HeadingLevel } from "../../lib/heading.js";
import { revealWithin } from "../../lib/reveal-within.js";
import { useTabs } from "../../lib/use-tabs.js";
import { useLocaleDirection, useMessages, useTextLanguage } from "../../provider/hooks.js";
import { stakingConsiderationsMessages, type StakingConsiderationsMessages } from "./messages.js";

// Bundlers replace `process.env.NODE_ENV` while parsing, so production builds drop every
// development warning together with its text. Declared here to keep @types/node out of the types.
declare const process: { env: Record<string, string | undefined> };

export type StakingConsiderationsLayout = "auto" | "vertical" | "compact";

export interface StakingConsiderationsProps
  extends Omit<ComponentPropsWithoutRef<"div">, "dir" | "defaultValue" | "onChange"> {
  /** The page it sits on; selects which considerations are listed and in which order. */
  page: StakingOptionId;
  /** The selected consideration (controlled). Pair with `onValueChange`. */
  value?: FlagId;
  /** The consideration selected first when uncontrolled. Default: the page's first. */
  defaultValue?: FlagId;
  /** Called with the consideration's id whenever the reader selects another one. */
  onValueChange?: (id: FlagId) => void;
  /**
   * "auto" (default): a vertical list beside the panel, and a compact, horizontally scrolling list
   * above it when the component is narrower than 40rem. "vertical" or "compact" force one layout.
   */
  layout?: StakingConsiderationsLayout;
  /** Level of the heading in the detail panel. Default 3. */
  headingLevel?: HeadingLevel;
  /** Locale of the built-in text. Default: the provider's locale. */
  locale?: string;
  /** Text direction. Default: from `locale`, else the provider's. */
  dir?: Direction;
  /** Overrides for any built-in string, e.g. `{ "audited.title": "Reviewed" }`. */
  messages?: Partial<StakingConsiderationsMessages>;
}

const LAYOUTS: readonly StakingConsiderationsLayout[] = ["auto", "vertical", "compact"];

const STATE_ICONS: Record<ConsiderationState, ContentIcon> = {
  valid: CheckCircleIcon,
  caution: AlertCircleIcon,
  warning: XCircleIcon,
};

// Layout effects warn during server rendering; the measurement only matters in a browser anyway.
const useBrowserLayoutEffect = typeof document !== "undefined" ? useLayoutEffect : useEffect;

/**
 * The considerations a staking page explains: a list of tabs beside a panel with the selected
 * one's title, description and the labels products can show for it (each with an icon and text).
 * A tab set: arrow keys, Home and End move between considerations, selection follows focus, and
 * Tab moves from the list into the panel.
 */
export const StakingConsiderations = forwardRef<HTMLDivElement, StakingConsiderationsProps>(
  function StakingConsiderations(
    {
      page,
      value: valueProp,
      defaultValue,
      onValueChange,
      layout: layoutProp = "auto",
      headingLevel,
      locale: localeProp,
      dir: dirProp,
      messages: messagesProp,
      className,
      ...rest
    },
    forwardedRef,
  ) {
    const { locale, dirAttribute } = useLocaleDirection(localeProp, dirProp);
    const text = useMessages("StakingConsiderations", stakingConsiderationsMessages, locale, messagesProp);
    const lang = useTextLanguage(localeProp);
    const baseId = useId();
    const validPage = checkOneOf("StakingConsiderations", "page", page, STAKING_OPTION_IDS);
    const items = validPage ? considerationsFor(page) : [];
    const ids = items.map((item) => item.id);
    const first = ids[0];

    const layout = LAYOUTS.includes(layoutProp) ? layoutProp : "auto";
    if (process.env.NODE_ENV !== "production" && layout !== layoutProp) {
      devWarn(
        "StakingConsiderations",
        `unknown \`layout\` ${show(layoutProp)}; expected "auto", "vertical" or "compact". Using "auto".`,
      );
    }

    // A function here would be called by useState as an initializer; it is a wrong value, not code to run.
    const [uncontrolled, setUncontrolled] = useState<string | undefined>(() => defaultValue);
    const controlled = valueProp !== undefined;
    const requested = controlled ? valueProp : uncontrolled;
    const current = requested !== undefined && (ids as readonly string[]).includes(requested) ? requested : first;
    // An uncontrolled selection left over from another `page` falls back silently; only ids the
    // site passed in are reported.
    if (process.env.NODE_ENV !== "production" && validPage && requested !== undefined && current !== requested && (controlled || requested === defaultValue)) {
      const prop = controlled ? "value" : "defaultValue";
      devWarn(
        "StakingConsiderations",
        `unknown \`${prop}\` ${show(requested)} for page "${page}"; expected one of ${ids.map((id) => `"${id}"`).join(", ")}. Showing "${first}".`,
      );
    }

    const handleValueChange = (next: string) => {
      if (!controlled) setUncontrolled(next);
      onValueChange?.(next as FlagId);
    };

    // The layout is decided by CSS (a container query); the keyboard model follows what CSS chose,
    // read back from the list.
    const rootRef = useRef<HTMLDivElement | null>(null);
    const listRef = useRef<HTMLDivElement | null>(null);
    const [measuredCompact, setMeasuredCompact] = useState(false);
    useBrowserLayoutEffect(() => {
      const root = rootRef.current;
      const list = listRef.current;
      if (!root || !list) return undefined;
      const measure = () => setMeasuredCompact(getComputedStyle(list).flexDirection.startsWith("row"));
      measure();
      if (typeof ResizeObserver === "undefined") return undefined;
      const observer = new ResizeObserver(measure);
      observer.observe(root);
      return () => observer.disconnect();
    }, [layout, validPage]);

    const compact = layout === "compact" || (layout === "auto" && measuredCompact);
    const orientation = compact ? "horizontal" : "vertical";
    const { listProps, tabProps, panelProps } = useTabs({
      selected: current ?? "",
      onSelect: handleValueChange,
      orientation,
      // Unset, Left/Right follow the page's direction, read when a key is pressed.
      dir: dirAttribute,
      crossAxisArrows: compact,
    });

    // In the scrolling row the selected tab may start out of sight (a `defaultValue` far down the
    // list, or a controlled change). Scroll only the list, and wait a frame so the browser's own
    // scroll-on-focus has already happened.
    useBrowserLayoutEffect(() => {
      const list = listRef.current;
      if (!compact || !list || current === undefined || typeof requestAnimationFrame !== "function") return undefined;
      const frame = requestAnimationFrame(() => {
        const tab = list.querySelector<HTMLElement>(`[role="tab"][data-value="${current}"]`);
        if (tab) revealWithin(list, tab);
      });
      return () => cancelAnimationFrame(frame);
    }, [compact, current]);

    const setRootRef = useCallback(
      (node: HTMLDivElement | null) => {
        rootRef.current = node;
        if (typeof forwardedRef === "function") forwardedRef(node);
        else if (forwardedRef) forwardedRef.current = node;
      },
      [forwardedRef],
    );

    if (!validPage || first === undefined || current === undefined) return null;

    const Heading = headingTag("StakingConsiderations", headingLevel, 3);

    return (
      <div
        ref={setRootRef}
        data-slot="staking-considerations"
        data-page={page}
        data-layout={layout}
        data-orientation={orientation}
        // Unset without a locale or `dir` of its own, so the component inherits its page's direction.
        dir={dirAttribute}
        lang={lang}
        className={cn("sui-root sui-considerations", className)}
        {...rest}
      >
        <div data-slot="staking-considerations-layout" className="sui-considerations__layout">
          <div
            ref={listRef}
            {...listProps}
            aria-label={text.listLabel}
            data-slot="staking-considerations-list"
            className="sui-considerations__list"
          >
            {items.map(({ id, icon: Icon }, index) => (
              <button
                key={id}
                {...tabProps(id, index)}
                data-slot="staking-considerations-tab"
                data-value={id}
                className="sui-considerations__tab"
              >
                <Icon aria-hidden="true" focusable="false" data-slot="staking-considerations-tab-icon" className="sui-considerations__tab-icon" />
                <span data-slot="staking-considerations-tab-label" className="sui-considerations__tab-label" data-text={text[`${id}.title`]}>
                  {text[`${id}.title`]}
                </span>
              </button>
            ))}
          </div>
          {items.map(({ id, icon: Icon }, index) => {
            const { title, description, labels } = considerationTextFrom(text, id);
            const statesId = `${baseId}-${id}-states`;
            const states = (Object.keys(labels) as ConsiderationState[]).filter((state) => labels[state]);
            return (
              // Every panel is rendered (hidden unless selected) so server HTML carries all the
              // text: readers without JavaScript, find-in-page and search engines see it.
              <div
                key={id}
                {...panelProps(id, index)}
                data-slot="staking-considerations-panel"
                data-value={id}
                className="sui-considerations__panel"
              >
                <Icon aria-hidden="true" focusable="false" data-slot="staking-considerations-panel-icon" className="sui-considerations__panel-icon" />
                <Heading data-slot="staking-considerations-title" className="sui-considerations__title">
                  {title}
                </Heading>
                <p data-slot="staking-considerations-description" className="sui-considerations__description">
                  {description}
                </p>
                {states.length > 0 ? (
                  <>
                    <p id={statesId} data-slot="staking-considerations-states-label" className="sui-considerations__states-label">
                      {text.statesLabel}
                    </p>
                    <ul aria-labelledby={statesId} data-slot="staking-considerations-states" className="sui-considerations__states">
                      {states.map((state) => {
                        const StateIcon = STATE_ICONS[state];
                        return (
                          <li
                            key={state}
                            data-slot="staking-considerations-state"
                            data-state={state}
                            className="sui-considerations__state"
                          >
                            <StateIcon
                              aria-hidden="true"
                              focusable="false"
                              data-slot="staking-considerations-state-icon"
                              className="sui-considerations__state-icon"
                            />
                            <span className="sui-visually-hidden">{`${text[`state.${state}`]} `}</span>
                            <span data-slot="staking-considerations-state-label" className="sui-considerations__state-label">{labels[state]}</span>
                          </li>
                        );
                      })}
                    </ul>
                  </>
                ) : null}
              </div>
            );
          })}
        </div>
      </div>
    );
  },
);
