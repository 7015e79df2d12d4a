import type { MarkdownMessages } from "./messages.js";

export const markdownZh: MarkdownMessages = {
  headingAnchor: "链接到本节",
  tableLabel: "表格：{columns}",
  columnSeparator: "、",
  tableLabelUntitled: "表格",
  unknownComponent: "未知组件 <{name}>",
};
