import type { StakingComparisonOwnMessages } from "./messages.js";

export const stakingComparisonZh: StakingComparisonOwnMessages = {
  heading: "与其他方案的比较",
  learnMore: "详细了解{option}",
  "compare.solo.saas":
    "你仍需为属于自己的验证者存入 32 个以太币，但硬件由服务商替你运行。这省去了搭建和维护的麻烦，代价是支付服务费，并把签名密钥托付给运营方。",
  "compare.solo.pools":
    "资金池接受任意数量的以太币，你既不用准备硬件，也不用生成验证者密钥。作为交换，你的质押由他人运营，部分奖励会作为费用扣除，你还要依赖资金池的合约和运营者。",
  "compare.saas.solo":
    "单独质押同样需要 32 个以太币，但验证者运行在你自己的机器上：没有人替你保管密钥，也不收取任何费用，代价是你要亲自搭建和维护节点。",
  "compare.saas.pools":
    "与质押服务一样，验证者由他人运行；但加入资金池所需的以太币远少于 32 个，而且许多资金池还会为你的质押发放流动性代币。",
  "compare.pools.solo":
    "单独质押需要完整的 32 个以太币和一台始终在线的机器，但能带来完全的掌控：密钥从不离手，奖励全部归你，对以太坊去中心化的贡献也最大。",
  "compare.pools.saas":
    "与联合质押一样，你不必亲自运行节点；但质押服务要求你为属于自己的验证者完整存入 32 个以太币。你通常保留提款密钥，并向服务商支付费用。",
};
