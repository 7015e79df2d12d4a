"use client";
import type { Direction } from "../../i18n/direction.js";
import { WithRestakingDiagram } from "./diagrams/with-restaking.js";
import { WithoutRestakingDiagram } from "./diagrams/without-restaking.js";
import type { TabbedSectionMessages } from "./messages.js";
import type { NormalizedTab } from "./normalize-tabs.js";

/** Values of the built-in tabs, for `defaultValue` and `value`. */
export const RESTAKING_TAB_VALUES = ["with-restaking", "without-restaking"] as const;

/**
 * What a bare `<TabbedSection />` shows: the restaking page's "two worlds", each as a diagram with
 * its description. The diagrams get the section's own locale, direction and overrides.
 */
export function restakingTabs(
  messages: TabbedSectionMessages,
  options: { locale?: string; dir?: Direction; overrides?: Partial<TabbedSectionMessages> },
): NormalizedTab[] {
  const shared = { locale: options.locale, dir: options.dir, messages: options.overrides };
  return [
    {
      key: "0",
      value: RESTAKING_TAB_VALUES[0],
      label: messages.withRestakingTab,
      content: <WithRestakingDiagram {...shared} />,
    },
    {
      key: "1",
      value: RESTAKING_TAB_VALUES[1],
      label: messages.withoutRestakingTab,
      content: <WithoutRestakingDiagram {...shared} />,
    },
  ];
}
