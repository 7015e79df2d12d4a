// The restaking platforms RestakingList shows when a site passes none. Names and URLs are facts;
// kinds and descriptions are the library's own words and are translated: they come from
// RestakingList's message catalog, so this list is rebuilt for each locale from one set of keys.
import { restakingListMessages, type RestakingListMessages } from "../components/restaking-list/messages.js";
import type { RestakingPlatform } from "./types.js";

type KindKey = "kindRestakingProtocol" | "kindLiquidRestaking";
type DescriptionKey = "eigenlayerDescription" | "symbioticDescription" | "karakDescription" | "etherfiDescription";

interface PlatformSource {
  id: string;
  name: string;
  url: string;
  kind: KindKey;
  description: DescriptionKey;
}

const SOURCES: readonly PlatformSource[] = [
  {
    id: "eigenlayer",
    name: "EigenLayer",
    url: "https://www.eigenlayer.xyz/",
    kind: "kindRestakingProtocol",
    description: "eigenlayerDescription",
  },
  {
    id: "symbiotic",
    name: "Symbiotic",
    url: "https://symbiotic.fi/",
    kind: "kindRestakingProtocol",
    description: "symbioticDescription",
  },
  {
    id: "karak",
    name: "Karak",
    url: "https://karak.network/",
    kind: "kindRestakingProtocol",
    description: "karakDescription",
  },
  {
    id: "etherfi",
    name: "ether.fi",
    url: "https://www.ether.fi/",
    kind: "kindLiquidRestaking",
    description: "etherfiDescription",
  },
];

/** The built-in platforms with their kinds and descriptions taken from `messages`. */
export function restakingPlatformsFor(messages: RestakingListMessages): RestakingPlatform[] {
  return SOURCES.map(({ id, name, url, kind, description }) => ({
    id,
    name,
    url,
    kind: messages[kind],
    description: messages[description],
  }));
}

/** The built-in restaking platforms, in English. RestakingList shows them translated. */
export const RESTAKING_PLATFORMS: readonly RestakingPlatform[] = Object.freeze(
  restakingPlatformsFor(restakingListMessages.en),
);
