import type { MessageCatalog } from "../../../i18n/messages.js";

// The restaking diagrams' strings: the labels inside the pictures, and each picture's title and
// description in words.
export type RestakingDiagramMessages = {
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

export const restakingDiagramMessages: MessageCatalog<RestakingDiagramMessages> = {
  id: "RestakingDiagram",
  en: {
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
};
