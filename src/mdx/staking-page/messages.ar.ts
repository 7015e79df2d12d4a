import type { StakingPageMessages } from "./messages.js";

export const stakingPageAr: StakingPageMessages = { tableOfContents: "في هذه الصفحة", summary: "ملخص" };
