import type { ConsiderationMessages, OptionMessages } from "./messages.js";

export const optionZh: OptionMessages = {
  "solo.title": "单独质押",
  "solo.description": "用自己的硬件和 32 个以太币运行验证者：完全自主掌控，奖励全归自己。",
  "saas.title": "质押即服务",
  "saas.description": "存入 32 个以太币，由服务商代你运行验证者，你向其支付一定费用。",
  "pools.title": "联合质押",
  "pools.description": "与他人合力质押任意数量的以太币；验证者由运营者运行，许多资金池还会发放流动性代币。",
};

export const considerationZh: ConsiderationMessages = {
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
};
