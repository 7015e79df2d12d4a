import type { TabbedSectionOwnMessages } from "./messages.js";

export const tabbedSectionZh: TabbedSectionOwnMessages = {
  listLabel: "两个世界：有再质押与没有再质押",
  withRestakingTab: "有再质押",
  withoutRestakingTab: "没有再质押",
};
