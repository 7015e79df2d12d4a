import type { MessageCatalog } from "../../i18n/messages.js";

// TabbedSection's own strings: the accessible name of its tab list and everything in its default
// content (the two restaking diagrams, their titles and their descriptions in words).
export type TabbedSectionMessages = {
  /** Accessible name of the tab list. */
  listLabel: string;
  withRestakingTab: string;
  withoutRestakingTab: string;
  diagramStakers: string;
  diagramStakedEth: string;
  diagramEthereum: string;
  diagramServiceA: string;
  diagramServiceB: string;
  /** Second line of a service's box: what the service is. */
  diagramServiceKind: string;
  diagramOwnToken: string;
  diagramOwnValidators: string;
  withRestakingTitle: string;
  withRestakingDescription: string;
  withoutRestakingTitle: string;
  withoutRestakingDescription: string;
};

export const tabbedSectionMessages: MessageCatalog<TabbedSectionMessages> = {
  en: {
    listLabel: "Two worlds: with and without restaking",
    withRestakingTab: "With restaking",
    withoutRestakingTab: "Without restaking",
    diagramStakers: "Stakers",
    diagramStakedEth: "Staked ETH",
    diagramEthereum: "Ethereum",
    diagramServiceA: "Service A",
    diagramServiceB: "Service B",
    diagramServiceKind: "AVS",
    diagramOwnToken: "Own token",
    diagramOwnValidators: "Own validators",
    withRestakingTitle: "With restaking, one stake secures Ethereum and other services",
    withRestakingDescription:
      "Stakers lock their ETH once. Through a restaking platform, that same stake protects Ethereum and also Service A and Service B, actively validated services (AVSs) that chose to rely on it. The services get strong security without building it themselves, and stakers earn extra rewards from each service they help protect.",
    withoutRestakingTitle: "Without restaking, every service has to secure itself",
    withoutRestakingDescription:
      "Staked ETH protects Ethereum and nothing else. Service A and Service B cannot use that security, so each one has to bootstrap its own: launch its own token and find its own validators willing to stake it. Until they grow large, these separate validator sets are smaller, and easier to attack, than Ethereum's.",
  },
  zh: {
    listLabel: "两个世界：有再质押与没有再质押",
    withRestakingTab: "有再质押",
    withoutRestakingTab: "没有再质押",
    diagramStakers: "质押者",
    diagramStakedEth: "已质押的 ETH",
    diagramEthereum: "以太坊",
    diagramServiceA: "服务 A",
    diagramServiceB: "服务 B",
    diagramServiceKind: "AVS",
    diagramOwnToken: "自有代币",
    diagramOwnValidators: "自有验证者",
    withRestakingTitle: "有了再质押，一份质押同时保护以太坊和其他服务",
    withRestakingDescription:
      "质押者只需锁定一次 ETH。通过再质押平台，同一份质押既保护以太坊，也保护选择依靠它的主动验证服务 (AVS)——服务 A 和服务 B。这些服务无需自行建立安全性就能获得强大的保护，质押者则从他们帮助保护的每项服务中赚取额外奖励。",
    withoutRestakingTitle: "没有再质押，每项服务都必须自己保护自己",
    withoutRestakingDescription:
      "已质押的 ETH 只保护以太坊。服务 A 和服务 B 无法利用这份安全性，因此每项服务都必须从零开始建立自己的安全性：发行自己的代币，并找到愿意质押它的验证者。在发展壮大之前，这些各自独立的验证者集合比以太坊的更小，也更容易受到攻击。",
  },
  ar: {
    listLabel: "عالمان: مع إعادة التخزين وبدونها",
    withRestakingTab: "مع إعادة التخزين",
    withoutRestakingTab: "بدون إعادة التخزين",
    diagramStakers: "المخزّنون",
    diagramStakedEth: "ETH المخزّنة",
    diagramEthereum: "إيثريوم",
    diagramServiceA: "الخدمة أ",
    diagramServiceB: "الخدمة ب",
    diagramServiceKind: "AVS",
    diagramOwnToken: "رمز خاص بها",
    diagramOwnValidators: "مدقّقون خاصون بها",
    withRestakingTitle: "مع إعادة التخزين، يؤمّن تخزين واحد إيثريوم وخدمات أخرى",
    withRestakingDescription:
      "يقفل المخزّنون عملة ETH مرة واحدة. وعبر منصة لإعادة التخزين، يحمي التخزين نفسه إيثريوم ويحمي أيضًا الخدمة أ والخدمة ب، وهما خدمتا تحقق نشطتان (AVS) اختارتا الاعتماد عليه. تحصل الخدمات على أمان قوي دون أن تبنيه بنفسها، ويكسب المخزّنون مكافآت إضافية من كل خدمة يساعدون في حمايتها.",
    withoutRestakingTitle: "بدون إعادة التخزين، على كل خدمة أن تؤمّن نفسها",
    withoutRestakingDescription:
      "لا تحمي عملة ETH المخزّنة إلا إيثريوم. لا تستطيع الخدمة أ ولا الخدمة ب الاستفادة من هذا الأمان، فعلى كل منهما أن تبني أمانها من الصفر: أن تطلق رمزها الخاص وأن تجد مدقّقين مستعدين لتخزينه. وإلى أن تكبر، تبقى مجموعات المدقّقين المنفصلة هذه أصغر من مجموعة إيثريوم وأسهل في مهاجمتها.",
  },
};
