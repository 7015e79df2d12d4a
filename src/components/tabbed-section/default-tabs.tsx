"use client";
import { forwardRef, type ForwardedRef, type ReactNode } from "react";
import { resolveMessages } from "../../i18n/messages.js";
import { useLocaleDirection, useStakingUI } from "../../provider/hooks.js";
import { restakingDiagramMessages, type RestakingDiagramMessages } from "./diagrams/messages.js";
import { WithRestakingDiagram } from "./diagrams/with-restaking.js";
import { WithoutRestakingDiagram } from "./diagrams/without-restaking.js";
import { tabbedSectionMessages, type TabbedSectionMessages, type TabbedSectionOwnMessages } from "./messages.js";
import { TabbedSectionBase } from "./tabbed-section-base.js";
import type { TabbedSectionProps } from "./tabbed-section.js";

/** Values of the built-in tabs, for `defaultValue` and `value`. */
export const RESTAKING_TAB_VALUES = ["with-restaking", "without-restaking"] as const;

type DefaultTabsProps = Omit<TabbedSectionProps, "tabs">;

/** What a `<TabbedSection />` without `tabs` renders: the restaking page's "two worlds". */
export function restakingTabs({ tabs, ...props }: TabbedSectionProps, ref: ForwardedRef<HTMLDivElement>): ReactNode {
  return <RestakingTabbedSection ref={ref} {...props} />;
}

/**
 * The restaking page's "two worlds", each as a diagram with its description. The tab labels and
 * the diagrams share one `messages` override (and one provider entry, `TabbedSection`, as before
 * the diagrams had a catalog of their own); each part takes the keys its catalog knows.
 */
// Pure: importing RESTAKING_TAB_VALUES alone must not bring the diagrams along.
const RestakingTabbedSection = /* @__PURE__ */ forwardRef<HTMLDivElement, DefaultTabsProps>(function RestakingTabbedSection(
  { messages: overrides, listLabel, locale: localeProp, dir, ...rest },
  ref,
) {
  const { locale } = useLocaleDirection(localeProp, dir);
  const context = useStakingUI();
  const fromProvider = context.messages.TabbedSection as Partial<TabbedSectionMessages> | undefined;
  const [ownFromProvider, diagramFromProvider] = splitOverrides(fromProvider);
  const [ownFromProp, diagramFromProp] = splitOverrides(overrides);
  const text = resolveMessages("TabbedSection", tabbedSectionMessages, locale, [ownFromProvider, ownFromProp], context.locales);
  const diagrams = {
    locale: localeProp,
    dir,
    messages: diagramFromProvider || diagramFromProp ? { ...diagramFromProvider, ...diagramFromProp } : undefined,
  };
  return (
    <TabbedSectionBase
      ref={ref}
      data-variant="restaking"
      listLabel={listLabel ?? text.listLabel}
      locale={localeProp}
      dir={dir}
      tabs={[
        { value: RESTAKING_TAB_VALUES[0], label: text.withRestakingTab, content: <WithRestakingDiagram {...diagrams} /> },
        { value: RESTAKING_TAB_VALUES[1], label: text.withoutRestakingTab, content: <WithoutRestakingDiagram {...diagrams} /> },
      ]}
      {...rest}
    />
  );
});

/**
 * Splits overrides into the diagrams' keys and the rest; unknown keys stay with the rest, so the
 * tab labels' resolution warns about them once.
 */
function splitOverrides(
  source: Partial<TabbedSectionMessages> | undefined,
): [Partial<TabbedSectionOwnMessages> | undefined, Partial<RestakingDiagramMessages> | undefined] {
  if (!source || typeof source !== "object") return [source, undefined];
  const own: Record<string, string> = {};
  const diagram: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) (key in restakingDiagramMessages.en ? diagram : own)[key] = value as string;
  return [own, diagram];
}
