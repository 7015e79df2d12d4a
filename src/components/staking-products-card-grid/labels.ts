// Maps from data values to message keys: flags, states, platforms, interfaces and socials. Values a
// site invents (a platform "Raspberry Pi") have no key and are shown as written.
import type { FlagId, FlagState, Socials } from "../../content/types.js";
import type { StakingProductCardMessages } from "./messages.js";

type Key = keyof StakingProductCardMessages;

export const FLAG_LABEL_KEYS: Readonly<Record<FlagId, Key>> = {
  "open-source": "flagOpenSource",
  audited: "flagAudited",
  "bug-bounty": "flagBugBounty",
  "battle-tested": "flagBattleTested",
  trustless: "flagTrustless",
  permissionless: "flagPermissionless",
  "permissionless-nodes": "flagPermissionlessNodes",
  "multi-client": "flagMultiClient",
  "execution-diversity": "flagExecutionDiversity",
  "consensus-diversity": "flagConsensusDiversity",
  "self-custody": "flagSelfCustody",
  "liquidity-token": "flagLiquidityToken",
  economical: "flagEconomical",
};

export const STATE_LABEL_KEYS: Readonly<Record<FlagState, Key>> = {
  valid: "stateValid",
  caution: "stateCaution",
  warning: "stateWarning",
  false: "stateFalse",
  unknown: "stateUnknown",
};

const PLATFORM_KEYS: Readonly<Record<string, Key>> = {
  Browser: "platformBrowser",
  Desktop: "platformDesktop",
  Mobile: "platformMobile",
  Linux: "platformLinux",
  macOS: "platformMacos",
  Windows: "platformWindows",
  CLI: "platformCli",
};

const INTERFACE_KEYS: Readonly<Record<string, Key>> = {
  "Browser extension": "interfaceBrowserExtension",
  "Web app": "interfaceWebApp",
  "Desktop app": "interfaceDesktopApp",
  "Mobile app": "interfaceMobileApp",
  CLI: "interfaceCli",
  Docker: "interfaceDocker",
};

/** Social links in display order with their message keys. */
export const SOCIAL_LABEL_KEYS: ReadonlyArray<readonly [keyof Socials, Key]> = [
  ["website", "socialWebsite"],
  ["twitter", "socialTwitter"],
  ["discord", "socialDiscord"],
  ["telegram", "socialTelegram"],
  ["github", "socialGithub"],
  ["reddit", "socialReddit"],
  ["youtube", "socialYoutube"],
];

function lookup(keys: Readonly<Record<string, Key>>, value: string, messages: StakingProductCardMessages): string {
  const key = Object.prototype.hasOwnProperty.call(keys, value) ? keys[value] : undefined;
  return key ? messages[key] : value;
}

export function platformLabel(value: string, messages: StakingProductCardMessages): string {
  return lookup(PLATFORM_KEYS, value, messages);
}

export function interfaceLabel(value: string, messages: StakingProductCardMessages): string {
  return lookup(INTERFACE_KEYS, value, messages);
}

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
