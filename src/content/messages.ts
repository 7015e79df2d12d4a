// Localized text of the content data: the three staking options and the considerations the staking
// pages explain. Kept as flat catalogs (one key per string) so that the translation test checks every
// key in every locale, and so that a component can merge them into its own catalog and let sites
// override any single string.
import type { MessageCatalog } from "../i18n/messages.js";
import type { FlagId, StakingOptionId } from "./types.js";

/** A state a consideration can be shown in, when it has a label for it. */
export type ConsiderationState = "valid" | "caution" | "warning";

export type OptionMessageKey = `${StakingOptionId}.${"title" | "description"}`;
export type ConsiderationMessageKey = `${FlagId}.${"title" | "description"}` | `${FlagId}.${ConsiderationState}`;

const optionEn = {
  "solo.title": "Solo staking",
  "solo.description": "Run a validator on your own hardware with 32 ETH: full control and the full rewards.",
  "saas.title": "Staking as a service",
  "saas.description": "Deposit 32 ETH and let a provider run the validator for you, in return for a fee.",
  "pools.title": "Pooled staking",
  "pools.description":
    "Stake any amount together with other people; operators run the validators, and many pools give you a liquid token.",
} as const satisfies Record<OptionMessageKey, string>;

export type OptionMessages = Record<keyof typeof optionEn, string>;

/** Title and short description of each staking option, keyed `<option>.title` / `<option>.description`. */
export const optionMessages: MessageCatalog<OptionMessages> & Record<"zh" | "ar", OptionMessages> = {
  en: optionEn,
  zh: {
    "solo.title": "单独质押",
    "solo.description": "用自己的硬件和 32 个以太币运行验证者：完全自主掌控，奖励全归自己。",
    "saas.title": "质押即服务",
    "saas.description": "存入 32 个以太币，由服务商代你运行验证者，你向其支付一定费用。",
    "pools.title": "联合质押",
    "pools.description": "与他人合力质押任意数量的以太币；验证者由运营者运行，许多资金池还会发放流动性代币。",
  },
  ar: {
    "solo.title": "تجميد العملات الفردي",
    "solo.description": "شغّل مُصادِقًا على أجهزتك الخاصة بإيداع 32 ETH: تحكّم كامل ومكافآت كاملة.",
    "saas.title": "تجميد العملات كخدمة",
    "saas.description": "أودِع 32 ETH ودَعْ مزوّد خدمة يشغّل المُصادِق نيابةً عنك مقابل رسوم.",
    "pools.title": "تجميد العملات المُجمَّع",
    "pools.description":
      "جمِّد أي مبلغ بالاشتراك مع آخرين؛ يتولّى المشغّلون تشغيل المُصادِقين، وتمنحك مجمّعات كثيرة رمز سيولة.",
  },
};

const considerationEn = {
  "open-source.title": "Open source",
  "open-source.description":
    "The code is published under an open licence, so anyone can read it, check what it does with your ETH, and fork it if the original team stops maintaining it.",
  "open-source.valid": "Open source",
  "open-source.warning": "Closed source",

  "audited.title": "Audited",
  "audited.description":
    "Independent security firms have reviewed the code, and their reports are public, so you can see what they found and whether it was fixed.",
  "audited.valid": "Audited",
  "audited.warning": "No public audit",

  "bug-bounty.title": "Bug bounty",
  "bug-bounty.description":
    "Security researchers who privately report a vulnerability are paid a reward, which makes disclosing and fixing a flaw more attractive than exploiting it.",
  "bug-bounty.valid": "Active bug bounty",
  "bug-bounty.warning": "No bug bounty",

  "battle-tested.title": "Battle tested",
  "battle-tested.description":
    "The software or service has been live on Ethereum mainnet with real stake for more than a year, long enough for hidden flaws to have had a chance to surface.",
  "battle-tested.valid": "Live over 1 year",
  "battle-tested.caution": "Live over 6 months",
  "battle-tested.warning": "Recently launched",

  "trustless.title": "Trustless",
  "trustless.description":
    "Nobody else ever holds your validator keys, and the smart contracts involved have no admin backdoors or privileged roles that could move or lock your funds.",
  "trustless.valid": "Trustless",
  "trustless.warning": "Requires trust",

  "permissionless.title": "Permissionless",
  "permissionless.description":
    "Anyone can use it straight away: no approval, account or identity check (KYC) stands between you and staking.",
  "permissionless.valid": "Open to anyone",
  "permissionless.warning": "Permission required",

  "permissionless-nodes.title": "Permissionless nodes",
  "permissionless-nodes.description":
    "Anyone can join the pool as a node operator without being selected or approved, so no single gatekeeper decides who runs its validators.",
  "permissionless-nodes.valid": "Anyone can run a node",
  "permissionless-nodes.warning": "Approved operators only",

  "multi-client.title": "Multi-client",
  "multi-client.description":
    "You can choose between at least two execution clients and two consensus clients, and switch later, so a bug in one client does not have to take your validator down.",
  "multi-client.valid": "Choice of clients",
  "multi-client.warning": "Single client only",

  "execution-diversity.title": "Execution client diversity",
  "execution-diversity.description":
    "The service can show that no single execution client runs more than 50% of its validators. Spreading validators across clients limits the harm one faulty client can do to you and to the network.",
  "execution-diversity.valid": "Diverse execution clients",
  "execution-diversity.warning": "Execution client over 50%",

  "consensus-diversity.title": "Consensus client diversity",
  "consensus-diversity.description":
    "The service can show that no single consensus client runs more than 50% of its validators. Spreading validators across clients limits the harm one faulty client can do to you and to the network.",
  "consensus-diversity.valid": "Diverse consensus clients",
  "consensus-diversity.warning": "Consensus client over 50%",

  "self-custody.title": "Self custody",
  "self-custody.description":
    "You keep control of every validator credential, including the signing keys and the withdrawal address, so no third party can take or lock up your stake.",
  "self-custody.valid": "You hold the keys",
  "self-custody.warning": "Third-party custody",

  "liquidity-token.title": "Liquidity token",
  "liquidity-token.description":
    "You receive a tradable token that stands for your staked ETH and its rewards, so you can swap it or use it in DeFi without waiting for a withdrawal.",
  "liquidity-token.valid": "Liquid token",
  "liquidity-token.warning": "No liquid token",

  "economical.title": "Economical",
  "economical.description":
    "You can run a validator with less than 32 ETH of your own, because the rest of the deposit comes from other stakers pooled with you.",
  "economical.valid": "Under 32 ETH",
  "economical.warning": "Needs 32 ETH",
} as const satisfies Partial<Record<ConsiderationMessageKey, string>>;

export type ConsiderationMessages = Record<keyof typeof considerationEn, string>;

/**
 * Title, description and state labels of every consideration, keyed `<id>.title`,
 * `<id>.description` and `<id>.<state>` for the states it can be shown in.
 */
export const considerationMessages: MessageCatalog<ConsiderationMessages> & Record<"zh" | "ar", ConsiderationMessages> = {
  en: considerationEn,
  zh: {
    "open-source.title": "开源",
    "open-source.description":
      "代码以开源许可证公开发布，任何人都能阅读代码、核查它如何处理你的以太币；即使原团队停止维护，也可以复刻后继续使用。",
    "open-source.valid": "开源",
    "open-source.warning": "闭源",

    "audited.title": "经过审计",
    "audited.description": "独立的安全机构审查过代码，审计报告公开可查，你可以了解发现了哪些问题、是否已经修复。",
    "audited.valid": "已审计",
    "audited.warning": "无公开审计",

    "bug-bounty.title": "漏洞赏金",
    "bug-bounty.description":
      "私下报告安全漏洞的研究人员可以获得奖励，这让披露并修复漏洞比利用漏洞更有吸引力。",
    "bug-bounty.valid": "赏金计划进行中",
    "bug-bounty.warning": "无漏洞赏金",

    "battle-tested.title": "久经考验",
    "battle-tested.description":
      "该软件或服务已在以太坊主网上承载真实质押运行超过一年，时间足够长，潜在缺陷有机会暴露出来。",
    "battle-tested.valid": "上线超过 1 年",
    "battle-tested.caution": "上线超过 6 个月",
    "battle-tested.warning": "新近上线",

    "trustless.title": "去信任",
    "trustless.description":
      "任何时候都没有其他人持有你的验证者密钥；所涉及的智能合约也没有管理员后门或特权角色，无法转移或锁定你的资金。",
    "trustless.valid": "去信任",
    "trustless.warning": "需要信任",

    "permissionless.title": "无需许可",
    "permissionless.description": "任何人都可以直接使用，无需获得批准、注册账户或通过身份验证（KYC）。",
    "permissionless.valid": "人人可用",
    "permissionless.warning": "需要许可",

    "permissionless-nodes.title": "无需许可的节点",
    "permissionless-nodes.description":
      "任何人都可以作为节点运营者加入资金池，无需经过挑选或批准，因此由谁运行验证者不取决于某个单一的把关者。",
    "permissionless-nodes.valid": "任何人都可运行节点",
    "permissionless-nodes.warning": "仅限获批运营者",

    "multi-client.title": "多客户端",
    "multi-client.description":
      "你可以在至少两个执行客户端和两个共识客户端之间选择，之后也能切换，这样某个客户端出现漏洞时，你的验证者不必随之停摆。",
    "multi-client.valid": "可选择客户端",
    "multi-client.warning": "仅支持单一客户端",

    "execution-diversity.title": "执行客户端多样性",
    "execution-diversity.description":
      "该服务能够证明，没有任何一个执行客户端运行其 50% 以上的验证者。把验证者分散到多个客户端上，可以减小单个客户端出错时对你和整个网络造成的损害。",
    "execution-diversity.valid": "执行客户端分散",
    "execution-diversity.warning": "单一执行客户端超过 50%",

    "consensus-diversity.title": "共识客户端多样性",
    "consensus-diversity.description":
      "该服务能够证明，没有任何一个共识客户端运行其 50% 以上的验证者。把验证者分散到多个客户端上，可以减小单个客户端出错时对你和整个网络造成的损害。",
    "consensus-diversity.valid": "共识客户端分散",
    "consensus-diversity.warning": "单一共识客户端超过 50%",

    "self-custody.title": "自我托管",
    "self-custody.description":
      "验证者的全部凭证始终由你掌控，包括签名密钥和提款地址，任何第三方都无法拿走或锁定你的质押。",
    "self-custody.valid": "密钥由你掌管",
    "self-custody.warning": "第三方托管",

    "liquidity-token.title": "流动性代币",
    "liquidity-token.description":
      "你会收到一种可交易的代币，代表你质押的以太币及其奖励；无需等待提款，就可以兑换它或在去中心化金融（DeFi）中使用它。",
    "liquidity-token.valid": "提供流动性代币",
    "liquidity-token.warning": "无流动性代币",

    "economical.title": "经济实惠",
    "economical.description": "你自己只需投入不到 32 个以太币就能运行验证者，其余押金来自与你一起参与的其他质押者。",
    "economical.valid": "少于 32 ETH",
    "economical.warning": "需要 32 ETH",
  },
  ar: {
    "open-source.title": "مفتوح المصدر",
    "open-source.description":
      "الشيفرة منشورة بترخيص مفتوح، فيستطيع أي شخص قراءتها والتحقق مما تفعله بعملات ETH الخاصة بك، واشتقاق نسخة منها إن توقّف فريقها الأصلي عن صيانتها.",
    "open-source.valid": "مفتوح المصدر",
    "open-source.warning": "مغلق المصدر",

    "audited.title": "خضع للتدقيق الأمني",
    "audited.description":
      "راجعت شركات أمنية مستقلة الشيفرة، وتقاريرها منشورة للعموم، فيمكنك أن تعرف ما اكتشفته من مشكلات وهل أُصلحت.",
    "audited.valid": "مُدقَّق أمنيًا",
    "audited.warning": "لا تدقيق منشور",

    "bug-bounty.title": "مكافأة الثغرات",
    "bug-bounty.description":
      "يحصل الباحثون الأمنيون الذين يُبلغون عن ثغرة بشكل سرّي على مكافأة، مما يجعل الكشف عن الخلل وإصلاحه أجدى من استغلاله.",
    "bug-bounty.valid": "برنامج مكافآت نشط",
    "bug-bounty.warning": "لا مكافآت للثغرات",

    "battle-tested.title": "مُجرَّب ميدانيًا",
    "battle-tested.description":
      "يعمل البرنامج أو الخدمة على شبكة إيثريوم الرئيسية بحصص حقيقية منذ أكثر من عام، وهي مدة كافية لتظهر العيوب الخفية إن وُجدت.",
    "battle-tested.valid": "يعمل منذ أكثر من عام",
    "battle-tested.caution": "يعمل منذ أكثر من 6 أشهر",
    "battle-tested.warning": "أُطلق حديثًا",

    "trustless.title": "لا يتطلّب الثقة",
    "trustless.description":
      "لا يحتفظ أي طرف آخر بمفاتيح المُصادِق الخاصة بك في أي وقت، ولا تحتوي العقود الذكية المعنية على أبواب خلفية أو صلاحيات إدارية تتيح نقل أموالك أو حجزها.",
    "trustless.valid": "لا يتطلّب الثقة",
    "trustless.warning": "يتطلّب الثقة",

    "permissionless.title": "لا يتطلّب إذنًا",
    "permissionless.description":
      "يستطيع أي شخص استخدامه مباشرةً، دون طلب موافقة أو إنشاء حساب أو اجتياز التحقق من الهوية (KYC).",
    "permissionless.valid": "متاح للجميع",
    "permissionless.warning": "يتطلّب إذنًا",

    "permissionless-nodes.title": "عُقد لا تتطلّب إذنًا",
    "permissionless-nodes.description":
      "يستطيع أي شخص الانضمام إلى المجمّع مشغّلًا للعُقد دون أن يُختار أو يُوافَق عليه، فلا تنفرد جهة واحدة بتحديد من يشغّل مُصادِقيه.",
    "permissionless-nodes.valid": "يمكن لأي شخص تشغيل عقدة",
    "permissionless-nodes.warning": "للمشغّلين المعتمدين فقط",

    "multi-client.title": "متعدد العملاء",
    "multi-client.description":
      "يمكنك الاختيار بين عميلَي تنفيذ وعميلَي إجماع على الأقل، والتبديل بينها لاحقًا، فلا يتوقف مُصادِقك بالضرورة إذا ظهر خلل في أحد العملاء.",
    "multi-client.valid": "حرية اختيار العميل",
    "multi-client.warning": "عميل واحد فقط",

    "execution-diversity.title": "تنوّع عملاء التنفيذ",
    "execution-diversity.description":
      "تستطيع الخدمة أن تُثبت أن أي عميل تنفيذ لا يشغّل وحده أكثر من 50% من مُصادِقيها. فتوزيع المُصادِقين على عدة عملاء يحدّ من الضرر الذي قد يُلحقه عميل معيب بك وبالشبكة.",
    "execution-diversity.valid": "عملاء تنفيذ متنوّعون",
    "execution-diversity.warning": "عميل تنفيذ يتجاوز 50%",

    "consensus-diversity.title": "تنوّع عملاء الإجماع",
    "consensus-diversity.description":
      "تستطيع الخدمة أن تُثبت أن أي عميل إجماع لا يشغّل وحده أكثر من 50% من مُصادِقيها. فتوزيع المُصادِقين على عدة عملاء يحدّ من الضرر الذي قد يُلحقه عميل معيب بك وبالشبكة.",
    "consensus-diversity.valid": "عملاء إجماع متنوّعون",
    "consensus-diversity.warning": "عميل إجماع يتجاوز 50%",

    "self-custody.title": "الحفظ الذاتي",
    "self-custody.description":
      "تبقى كل بيانات اعتماد المُصادِق تحت سيطرتك، بما فيها مفاتيح التوقيع وعنوان السحب، فلا يستطيع أي طرف ثالث الاستيلاء على حصتك أو حجزها.",
    "self-custody.valid": "المفاتيح بحوزتك",
    "self-custody.warning": "حفظ لدى طرف ثالث",

    "liquidity-token.title": "رمز السيولة",
    "liquidity-token.description":
      "تحصل على رمز قابل للتداول يمثّل عملات ETH التي جمّدتها ومكافآتها، فيمكنك مبادلته أو استخدامه في التمويل اللامركزي (DeFi) دون انتظار السحب.",
    "liquidity-token.valid": "يُصدر رمز سيولة",
    "liquidity-token.warning": "لا رمز سيولة",

    "economical.title": "اقتصادي",
    "economical.description":
      "يمكنك تشغيل مُصادِق بأقل من 32 ETH من مالك الخاص، إذ يأتي باقي الإيداع من مشاركين آخرين يجمعون أموالهم مع أموالك.",
    "economical.valid": "أقل من 32 ETH",
    "economical.warning": "يتطلّب 32 ETH",
  },
};
