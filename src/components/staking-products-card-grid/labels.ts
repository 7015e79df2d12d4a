// Labels for data values: flags, states, platforms, interfaces and socials. A value's message key
// is its category and its words in PascalCase ("open-source" → `flagOpenSource`, "Web app" →
// `interfaceWebApp`, "macOS" → `platformMacos`), so no table has to repeat the catalog. Values a
// site invents (a platform "Raspberry Pi") have no key and are shown as written.
import type { FlagId, FlagState, Socials } from "../../content/types.js";
import type { StakingProductCardMessages } from "./messages.js";

type Prefix = "flag" | "state" | "platform" | "interface" | "social";

/** The message for a value of a category, or the value itself when the catalog has no key for it. */
export function labelOf(prefix: Prefix, value: string, messages: StakingProductCardMessages): string {
  const key = prefix + value.split(/[\s-]+/).map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()).join("");
  return Object.prototype.hasOwnProperty.call(messages, key) ? messages[key as keyof StakingProductCardMessages] : value;
}

export const flagLabel = (id: FlagId, messages: StakingProductCardMessages) => labelOf("flag", id, messages);
export const stateLabel = (state: FlagState, messages: StakingProductCardMessages) => labelOf("state", state, messages);
export const platformLabel = (value: string, messages: StakingProductCardMessages) => labelOf("platform", value, messages);
export const interfaceLabel = (value: string, messages: StakingProductCardMessages) => labelOf("interface", value, messages);

/** Social networks in display order; each one's link is named by `social<Name>` ("{name} on X"). */
export const SOCIAL_KEYS: ReadonlyArray<keyof Socials> = ["website", "twitter", "discord", "telegram", "github", "reddit", "youtube"];

/**
 * An ETH amount in the reader's locale with Latin digits (so server and browser agree whatever
 * their ICU data), up to 4 decimals. An invalid locale falls back to English instead of throwing.
 */
export function formatEthAmount(amount: number, locale: string): string {
  const options: Intl.NumberFormatOptions = { maximumFractionDigits: 4, numberingSystem: "latn" } as Intl.NumberFormatOptions;
  try {
    return new Intl.NumberFormat(locale, options).format(amount);
  } catch {
    return new Intl.NumberFormat("en", options).format(amount);
  }
}
