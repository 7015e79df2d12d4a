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
  zh: {
    getStarted: "开始使用",
    getStartedLabel: "开始使用 {name}",
    minimumFrom: "最低 {amount} ETH",
    minimumAny: "任意数量",
    listSeparator: "、",
    tokensLabel: "代币",
    auditsLabel: "审计",
    platformsLabel: "平台",
    interfacesLabel: "界面",
    flagsLabel: "特性",
    linksLabel: "{name} 的链接",
    flagOpenSource: "开源",
    flagAudited: "已审计",
    flagBugBounty: "漏洞赏金",
    flagBattleTested: "久经考验",
    flagTrustless: "去信任",
    flagPermissionless: "无需许可",
    flagPermissionlessNodes: "无需许可的节点",
    flagMultiClient: "多客户端",
    flagExecutionDiversity: "执行客户端多样性",
    flagConsensusDiversity: "共识客户端多样性",
    flagSelfCustody: "自主托管",
    flagLiquidityToken: "流动性代币",
    flagEconomical: "经济实惠",
    stateValid: "是",
    stateCaution: "需留意",
    stateWarning: "有风险",
    stateFalse: "否",
    stateUnknown: "未知",
    socialWebsite: "{name} 官网",
    socialTwitter: "{name} 的 X (Twitter)",
    socialDiscord: "{name} 的 Discord",
    socialTelegram: "{name} 的 Telegram",
    socialGithub: "{name} 的 GitHub",
    socialReddit: "{name} 的 Reddit",
    socialYoutube: "{name} 的 YouTube",
    platformBrowser: "浏览器",
    platformDesktop: "桌面端",
    platformMobile: "移动端",
    platformLinux: "Linux",
    platformMacos: "macOS",
    platformWindows: "Windows",
    platformCli: "命令行",
    interfaceBrowserExtension: "浏览器扩展",
    interfaceWebApp: "网页应用",
    interfaceDesktopApp: "桌面应用",
    interfaceMobileApp: "移动应用",
    interfaceCli: "命令行界面",
    interfaceDocker: "Docker",
  },
  ar: {
    getStarted: "ابدأ",
    getStartedLabel: "ابدأ مع {name}",
    minimumFrom: "ابتداءً من {amount} ETH",
    minimumAny: "أي مبلغ",
    listSeparator: "، ",
    tokensLabel: "الرموز",
    auditsLabel: "التدقيقات",
    platformsLabel: "المنصات",
    interfacesLabel: "الواجهات",
    flagsLabel: "الخصائص",
    linksLabel: "روابط {name}",
    flagOpenSource: "مفتوح المصدر",
    flagAudited: "خضع للتدقيق",
    flagBugBounty: "مكافآت الثغرات",
    flagBattleTested: "مجرَّب عمليًا",
    flagTrustless: "لا يتطلب الثقة",
    flagPermissionless: "لا يتطلب إذنًا",
    flagPermissionlessNodes: "عُقد لا تتطلب إذنًا",
    flagMultiClient: "متعدد العملاء",
    flagExecutionDiversity: "تنوع عملاء التنفيذ",
    flagConsensusDiversity: "تنوع عملاء الإجماع",
    flagSelfCustody: "حفظ ذاتي",
    flagLiquidityToken: "رمز سيولة",
    flagEconomical: "اقتصادي",
    stateValid: "نعم",
    stateCaution: "بحذر",
    stateWarning: "تحذير",
    stateFalse: "لا",
    stateUnknown: "غير معروف",
    socialWebsite: "موقع {name}",
    socialTwitter: "{name} على X (تويتر)",
    socialDiscord: "{name} على Discord",
    socialTelegram: "{name} على Telegram",
    socialGithub: "{name} على GitHub",
    socialReddit: "{name} على Reddit",
    socialYoutube: "{name} على YouTube",
    platformBrowser: "المتصفح",
    platformDesktop: "سطح المكتب",
    platformMobile: "الجوّال",
    platformLinux: "Linux",
    platformMacos: "macOS",
    platformWindows: "Windows",
    platformCli: "سطر الأوامر",
    interfaceBrowserExtension: "إضافة متصفح",
    interfaceWebApp: "تطبيق ويب",
    interfaceDesktopApp: "تطبيق سطح المكتب",
    interfaceMobileApp: "تطبيق جوّال",
    interfaceCli: "واجهة سطر الأوامر",
    interfaceDocker: "Docker",
  },
};
