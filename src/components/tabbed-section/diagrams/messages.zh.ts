import type { RestakingDiagramMessages } from "./messages.js";

export const restakingDiagramZh: RestakingDiagramMessages = {
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
};
