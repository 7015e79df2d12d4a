import type { MarkdownMessages } from "./messages.js";

export const markdownAr: MarkdownMessages = {
  headingAnchor: "رابط إلى هذا القسم",
  tableLabel: "جدول: {columns}",
  columnSeparator: "، ",
  tableLabelUntitled: "جدول",
  unknownComponent: "مكوّن غير معروف <{name}>",
};
