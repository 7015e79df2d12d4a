// The library's own icons: simple strokes on a 24×24 grid, drawn for staking-ui. Each is one path
// of a few dozen bytes (the circled ones add the frame's ring); `/* @__PURE__ */` lets a bundler
// drop the ones a site never renders.
import { createIcon } from "./svg-icon.js";

// Staking options
export const HomeIcon = /* @__PURE__ */ createIcon("home", "M3 11 12 4l9 7M5 10v10h14V10M10 20v-6h4v6");
export const CloudIcon = /* @__PURE__ */ createIcon("cloud", "M7 19a4.5 4.5 0 0 1-.5-9 6 6 0 0 1 11.5-1 5 5 0 0 1-1 10z");
export const UsersIcon = /* @__PURE__ */ createIcon("users", "M13 8a4 4 0 1 0-8 0 4 4 0 1 0 8 0M3 20a6 6 0 0 1 12 0M16 4a4 4 0 0 1 0 8m2 3a5 5 0 0 1 3 5");

// Considerations
export const SourceCodeIcon = /* @__PURE__ */ createIcon("source-code", "m8 8-4 4 4 4m8-8 4 4-4 4M14 5l-4 14");
export const ShieldCheckIcon = /* @__PURE__ */ createIcon("shield-check", "M12 3 5 6v5c0 5 3 8 7 10 4-2 7-5 7-10V6zM9 12l2 2 4-4");
export const BugIcon = /* @__PURE__ */ createIcon(
  "bug",
  "M10 6a2 2 0 0 1 4 0M8 13a4 4 0 0 1 8 0v3a4 4 0 0 1-8 0zm4-1v8M4 10l4 2m12-2-4 2M4 15h4m12 0h-4M5 20l3-2m11 2-3-2",
);
export const MedalIcon = /* @__PURE__ */ createIcon("medal", "M17 15a5 5 0 1 0-10 0 5 5 0 1 0 10 0M9 10 6 3h4l2 5 2-5h4l-3 7");
export const LockIcon = /* @__PURE__ */ createIcon("lock", "M5 11h14v10H5zm3 0V7a4 4 0 0 1 8 0v4m-4 4v2");
export const DoorOpenIcon = /* @__PURE__ */ createIcon("door-open", "M3 21h18M15 4h4v17M6 21V5l9-2v18m-4-9v1");
export const NetworkIcon = /* @__PURE__ */ createIcon(
  "network",
  "M14 5a2 2 0 1 0-4 0 2 2 0 1 0 4 0M7 19a2 2 0 1 0-4 0 2 2 0 1 0 4 0m14 0a2 2 0 1 0-4 0 2 2 0 1 0 4 0M12 7v5l-6 5m6-5 6 5",
);
export const LayersIcon = /* @__PURE__ */ createIcon("layers", "m12 3 9 5-9 5-9-5zm-9 9 9 5 9-5m-18 4 9 5 9-5");
export const ChipIcon = /* @__PURE__ */ createIcon("chip", "M7 7h10v10H7zM10 3v4m4-4v4m-4 10v4m4-4v4M3 10h4m-4 4h4m10-4h4m-4 4h4");
export const BlocksIcon = /* @__PURE__ */ createIcon("blocks", "M3 13h8v8H3zm10 0h8v8h-8zM8 3h8v8H8z");
export const KeyIcon = /* @__PURE__ */ createIcon("key", "M13 16a5 5 0 1 0-10 0 5 5 0 1 0 10 0m-1-4 9-9m-4 4 3 3m-6 0 2 2");
export const DropIcon = /* @__PURE__ */ createIcon("drop", "M12 3c3 4 6 8 6 11a6 6 0 0 1-12 0c0-3 3-7 6-11z");
export const CoinsIcon = /* @__PURE__ */ createIcon(
  "coins",
  "M4 7c0-4 16-4 16 0s-16 4-16 0v10c0 4 16 4 16 0V7m-16 5c0 4 16 4 16 0",
);

// States (drawn inside the frame's ring)
export const CheckCircleIcon = /* @__PURE__ */ createIcon("check-circle", "m8 12 3 3 5-6", true);
export const AlertCircleIcon = /* @__PURE__ */ createIcon("alert-circle", "M12 7v6m0 4v.01", true);
export const XCircleIcon = /* @__PURE__ */ createIcon("x-circle", "m9 9 6 6m0-6-6 6", true);
export const QuestionCircleIcon = /* @__PURE__ */ createIcon("question-circle", "M9 9.5a3 3 0 1 1 4 2.8c-.6.3-1 .9-1 1.7m0 3v.01", true);
export const WarningIcon = /* @__PURE__ */ createIcon("warning", "M12 3 2 20h20zm0 7v4m0 3v.01");

// Links and social networks
export const GlobeIcon = /* @__PURE__ */ createIcon("globe", "M3 12h18M12 3c3 3 4 6 4 9s-1 6-4 9c-3-3-4-6-4-9s1-6 4-9z", true);
export const AtIcon = /* @__PURE__ */ createIcon("at", "M16 12a4 4 0 1 0-8 0 4 4 0 1 0 8 0v1.5a2.5 2.5 0 0 0 5 0V12a9 9 0 1 0-3.5 7");
export const ChatIcon = /* @__PURE__ */ createIcon("chat", "M21 12a9 8 0 0 1-13 7l-5 1 2-4a9 8 0 1 1 16-4z");
export const ChatsIcon = /* @__PURE__ */ createIcon("chats", "M3 4h12v9H8l-5 3zm5 12h8l5 3V8h-3");
export const SendIcon = /* @__PURE__ */ createIcon("send", "M21 3 3 10l8 3 3 8zM11 13 21 3");
export const PlayCircleIcon = /* @__PURE__ */ createIcon("play-circle", "M10 8v8l6-4z", true);
export const CodeIcon = /* @__PURE__ */ createIcon("code", "m8 7-5 5 5 5m8-10 5 5-5 5");
export const ExternalLinkIcon = /* @__PURE__ */ createIcon("external-link", "M14 4h6v6m0-6-9 9m7 1v6H4V6h6");
export const LinkIcon = /* @__PURE__ */ createIcon(
  "link",
  "M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1m2 4a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1",
);
