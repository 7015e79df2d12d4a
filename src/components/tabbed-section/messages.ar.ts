import type { TabbedSectionOwnMessages } from "./messages.js";

export const tabbedSectionAr: TabbedSectionOwnMessages = {
  listLabel: "عالمان: مع إعادة التخزين وبدونها",
  withRestakingTab: "مع إعادة التخزين",
  withoutRestakingTab: "بدون إعادة التخزين",
};
