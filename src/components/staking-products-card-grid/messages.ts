import type { MessageCatalog } from "../../i18n/messages.js";

// Strings of StakingProductCard (and so of StakingProductsCardGrid, which passes its messages to
// every card). Flag labels are the short names of the considerations each staking page explains.
export type StakingProductCardMessages = {
  /** Link text of the call to action. */
  getStarted: string;
  /** Accessible name of the call to action; must contain the link text. `{name}`: product. */
  getStartedLabel: string;
  /** Minimum stake; `{amount}` is the localized number. */
  minimumFrom: string;
  /** Minimum stake of 0: any amount can be staked. */
  minimumAny: string;
  /** Between items of an inline list (tokens, audits). */
  listSeparator: string;
  tokensLabel: string;
  auditsLabel: string;
  platformsLabel: string;
  interfacesLabel: string;
  /** Accessible name of the list of flags. */
  flagsLabel: string;
  /** Accessible name of the list of social links. `{name}`: product. */
  linksLabel: string;

  flagOpenSource: string;
  flagAudited: string;
  flagBugBounty: string;
  flagBattleTested: string;
  flagTrustless: string;
  flagPermissionless: string;
  flagPermissionlessNodes: string;
  flagMultiClient: string;
  flagExecutionDiversity: string;
  flagConsensusDiversity: string;
  flagSelfCustody: string;
  flagLiquidityToken: string;
  flagEconomical: string;

  /** Read after a flag's label by screen readers, e.g. "Open source (yes)". */
  stateValid: string;
  stateCaution: string;
  stateWarning: string;
  stateFalse: string;
  stateUnknown: string;

  /** Accessible names of social links; `{name}` is the product. */
  socialWebsite: string;
  socialTwitter: string;
  socialDiscord: string;
  socialTelegram: string;
  socialGithub: string;
  socialReddit: string;
  socialYoutube: string;

  platformBrowser: string;
  platformDesktop: string;
  platformMobile: string;
  platformLinux: string;
  platformMacos: string;
  platformWindows: string;
  platformCli: string;
  interfaceBrowserExtension: string;
  interfaceWebApp: string;
  interfaceDesktopApp: string;
  interfaceMobileApp: string;
  interfaceCli: string;
  interfaceDocker: string;
};

export const stakingProductCardMessages: MessageCatalog<StakingProductCardMessages> = {
  id: "StakingProductCard",
  en: {
    getStarted: "Get started",
    getStartedLabel: "Get started with {name}",
    minimumFrom: "From {amount} ETH",
    minimumAny: "Any amount",
    listSeparator: ", ",
    tokensLabel: "Tokens",
    auditsLabel: "Audits",
    platformsLabel: "Platforms",
    interfacesLabel: "Interfaces",
    flagsLabel: "Properties",
    linksLabel: "{name} links",
    flagOpenSource: "Open source",
    flagAudited: "Audited",
    flagBugBounty: "Bug bounty",
    flagBattleTested: "Battle tested",
    flagTrustless: "Trustless",
    flagPermissionless: "Permissionless",
    flagPermissionlessNodes: "Permissionless nodes",
    flagMultiClient: "Multi-client",
    flagExecutionDiversity: "Execution client diversity",
    flagConsensusDiversity: "Consensus client diversity",
    flagSelfCustody: "Self custody",
    flagLiquidityToken: "Liquidity token",
    flagEconomical: "Economical",
    stateValid: "yes",
    stateCaution: "caution",
    stateWarning: "warning",
    stateFalse: "no",
    stateUnknown: "unknown",
    socialWebsite: "{name} website",
    socialTwitter: "{name} on X (Twitter)",
    socialDiscord: "{name} on Discord",
    socialTelegram: "{name} on Telegram",
    socialGithub: "{name} on GitHub",
    socialReddit: "{name} on Reddit",
    socialYoutube: "{name} on YouTube",
    platformBrowser: "Browser",
    platformDesktop: "Desktop",
    platformMobile: "Mobile",
    platformLinux: "Linux",
    platformMacos: "macOS",
    platformWindows: "Windows",
    platformCli: "Command line",
    interfaceBrowserExtension: "Browser extension",
    interfaceWebApp: "Web app",
    interfaceDesktopApp: "Desktop app",
    interfaceMobileApp: "Mobile app",
    interfaceCli: "CLI",
    interfaceDocker: "Docker",
  },
};
