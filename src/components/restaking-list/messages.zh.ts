import type { RestakingListMessages } from "./messages.js";

export const restakingListZh: RestakingListMessages = {
  visit: "访问 {name}",
  kindRestakingProtocol: "再质押协议",
  kindLiquidRestaking: "流动性再质押",
  eigenlayerDescription:
    "把再质押带到以太坊上的协议。质押者以原生质押的 ETH 或流动性质押代币加入，并委托给运营商，由运营商运行主动验证服务 (AVS) 的软件。保护这些服务可以获得额外奖励，同时也要承担额外的罚没条件。",
  symbioticDescription:
    "无需许可的模块化再质押协议。每个网络通过质押者存入资产的金库，自行决定接受哪些抵押品（ETH、流动性质押代币或其他代币）、与哪些运营商合作，以及如何处理奖励和罚没。",
  karakDescription:
    "接受来自多条链上资产的再质押网络。它帮助保护的服务被称为分布式安全服务 (DSS)，由运营商替存入资产的人运行。",
  etherfiDescription:
    "流动性再质押协议。存入 ETH 即可获得 eETH——一种流动性再质押代币，它会累积质押和再质押奖励，并且仍可在 DeFi 中使用，同时质押者保留对自己验证者密钥的控制权。",
};
