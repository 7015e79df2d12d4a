// Checks the `tabs` prop at run time (it often comes from MDX or a CMS): entries without a usable
// value or label, duplicates and content React cannot render are skipped with a warning naming
// the prop path, instead of breaking the page.
import { isValidElement, type ReactNode } from "react";
import { devWarn } from "../../lib/dev-warning.js";

// Inline rather than a shared constant: bundlers fold it while parsing, so production bundles
// drop the warnings together with `typeName`.
declare const process: { env: Record<string, string | undefined> };

export interface TabbedSectionTab {
  /** Unique, non-empty identifier of the tab; what `defaultValue`, `value` and `onValueChange` use. */
  value: string;
  /** Text (or elements) of the tab button. */
  label: ReactNode;
  /** What the tab's panel shows. */
  content: ReactNode;
}

export interface NormalizedTab extends TabbedSectionTab {
  /**
   * The tab's key inside the component: its position, so nothing derived from it depends on what
   * the site's value holds (spaces, characters ids cannot carry).
   */
  key: string;
}

const COMPONENT = "TabbedSection";

/** Whether React can render the node without throwing ("Objects are not valid as a React child"). */
export function isRenderable(node: unknown): node is ReactNode {
  if (node === null || node === undefined || typeof node === "boolean") return true;
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return true;
  if (isValidElement(node)) return true;
  if (Array.isArray(node)) return node.every(isRenderable);
  return false;
}

/** Renderable and showing something: what a tab button needs. */
function isLabel(node: unknown): node is ReactNode {
  return node != null && typeof node !== "boolean" && (typeof node !== "string" || node.trim() !== "") && isRenderable(node);
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return value.trim() === "" ? "an empty string" : JSON.stringify(value);
  if (Array.isArray(value)) return "an array";
  return typeof value;
}

/** The tabs to render, in order; empty when there is nothing valid (after warning). */
export function normalizeTabs(input: unknown): NormalizedTab[] {
  if (!Array.isArray(input)) {
    process.env.NODE_ENV !== "production" && devWarn(COMPONENT, `\`tabs\` must be an array of { value, label, content }; received ${typeName(input)}. Nothing is rendered.`);
    return [];
  }
  // In production an empty array simply yields no tabs below.
  if (process.env.NODE_ENV !== "production" && input.length === 0) {
    devWarn(COMPONENT, "`tabs` is an empty array. Nothing is rendered.");
    return [];
  }
  const tabs: NormalizedTab[] = [];
  const seen = new Set<string>();
  input.forEach((entry: unknown, index) => {
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      process.env.NODE_ENV !== "production" && devWarn(COMPONENT, `\`tabs[${index}]\` must be an object; received ${typeName(entry)}. The tab is skipped.`);
      return;
    }
    const { value, label, content } = entry as Record<string, unknown>;
    if (typeof value !== "string" || value.trim() === "") {
      process.env.NODE_ENV !== "production" && devWarn(COMPONENT, `\`tabs[${index}].value\` must be a non-empty string; received ${typeName(value)}. The tab is skipped.`);
      return;
    }
    if (seen.has(value)) {
      process.env.NODE_ENV !== "production" && devWarn(COMPONENT, `\`tabs[${index}].value\` ${JSON.stringify(value)} repeats an earlier tab's value. The tab is skipped.`);
      return;
    }
    if (!isLabel(label)) {
      process.env.NODE_ENV !== "production" && devWarn(COMPONENT, `\`tabs[${index}].label\` must be non-empty text or elements; received ${typeName(label)}. The tab is skipped.`);
      return;
    }
    if (!isRenderable(content)) {
      process.env.NODE_ENV !== "production" && devWarn(COMPONENT, `\`tabs[${index}].content\` cannot be rendered (received ${typeName(content)}). The tab is skipped.`);
      return;
    }
    seen.add(value);
    tabs.push({ value, label, content, key: String(tabs.length) });
  });
  if (process.env.NODE_ENV !== "production" && tabs.length === 0) devWarn(COMPONENT, "`tabs` has no valid entries. Nothing is rendered.");
  return tabs;
}
