import type { StakingPageMessages } from "./messages.js";

export const stakingPageZh: StakingPageMessages = { tableOfContents: "本页内容", summary: "摘要" };
