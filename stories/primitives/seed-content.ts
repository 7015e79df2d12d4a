// Text from the seed pages (stories/pages/*.zh.md), verbatim, shared by the primitive stories.

export const poolCards = [
  {
    title: "准入门槛低",
    emoji: "🐟",
    description:
      "Not a whale? No problem. Most staking pools let you stake virtually any amount of ETH by joining forces with other stakers, unlike staking solo which requires 32 ETH.",
  },
  {
    title: "快速质押",
    emoji: ":stopwatch:",
    description:
      "Staking with a pool is as easy as a token swap. No need to worry about hardware setup and node maintenance. Pools allow you to deposit your ETH which enables node operators to run validators. Rewards are then distributed to contributors minus a fee for node operations.",
  },
  {
    title: "质押代币",
    emoji: ":droplet:",
    description:
      "Many staking pools provide a token that represents a claim on your staked ETH and the rewards it generates. This allows you to make use of your staked ETH, e.g. as collateral in DeFi applications.",
  },
] as const;

export const faq = {
  rewards: {
    title: "我如何赚取奖励？",
    body: ["通常，ERC-20 质押代币会发行给质押人，代表其质押以太币的价值以及奖励。 请记住，不同资金池向用户发放质押奖励的方法也略有不同，但主题却是相同的。"],
  },
  withdrawals: {
    title: "什么时候可以取出我的质押",
    body: [
      "现在！马上！ 上海/卡佩拉网络升级发生在 2023 年 4 月，并引入了质押提款。 支持质押池的验证者帐户现在能够退出并将以太币提取到他们指定的提款地址。 这样你便能够赎回自己那部分质押的底层以太币。 请咨询你的提供商，了解他们如何支持此功能。",
      "或者，使用 ERC-20 质押代币的资金池允许用户在公开市场上交易该代币，从而使你能够出售你的质押头寸，有效地“提款”，而无需实际从质押合约中移除以太币。",
    ],
    link: { href: "/staking/withdrawals/", text: "更多关于质押提款的信息" },
  },
  exchanges: {
    title: "这与交易所质押有何不同？",
    body: [
      "这些联合质押方案和中心化交易所之间有许多相似之处，例如能够质押少量以太币并将它们捆绑在一起以激活验证者。",
      "与中心化交易所不同，许多其他联合质押方案使用智能合约和/或质押代币，质押代币通常是 ERC-20 代币，可以保存在你自己的钱包中并像其他任何代币一样买卖。 这样你就可以控制自己的代币，从而获得了一定的自主权和安全性，但仍旧你还是无法直接控制在后台代表你进行验证的验证者客户端。",
      "涉及到支持它们的节点时，一些联合质押方案比其他方案更加分散。 为了加强网络的健康和去中心化程度，我们始终鼓励质押人选择一种无需许可即可实现节点运营商去中心化的联合服务。",
    ],
  },
} as const;

/** The restaking page's alerts, in page order: [title, ...paragraphs]. */
export const restakingAlerts = {
  goodToKnow: [
    "最好知道",
    "虽然“主动验证服务”(AVS) 是最常见的名称，但不同的再质押平台可能会对其帮助保护的去中心化服务使用其他名称，例如“自主验证服务”、“分布式安全服务”或“网络”。",
  ],
  extraBenefit: ["再质押的额外好处", "AVS 可以将所有资源投入到构建和营销其服务中，而不会因去中心化和安全性问题而分心。"],
  delegate: [
    "最好知道",
    "原生和流动性再质押者通常将其已质押的 ETH 委托给运营商，而不是自己运行软件来保护 AVS。",
    "这样他们就不必担心 AVS 提出的复杂技术要求，尽管他们获得的奖励率低于运营商。",
  ],
  misnomer: [
    "用词不当警示",
    "有些人将“再质押”与在 DeFi 中借出和借入 LST 混淆。 两者都让已质押的 ETH 发挥作用，但再质押意味着保护 AVS，而不仅仅是在 LST 上赚取收益。",
  ],
} as const;
