import { parse, YAMLParseError } from "yaml";
import { PageError } from "./page-error.js";

/** A call-to-action under a page's title; `toId` links to a heading on the same page. */
export interface PageButton {
  /** The button's text. */
  content: string;
  /** Id of a heading on the page (without `#`). */
  toId?: string;
  /** A URL, used when there is no `toId`. */
  href?: string;
  /** Shown with less emphasis. */
  isSecondary?: boolean;
}

/** YAML frontmatter of a staking page. Keys the library does not use are kept as they are. */
export interface PageFrontmatter {
  title?: string;
  description?: string;
  /** Locale of the page ("zh"); the renderer's default locale. */
  lang?: string;
  /** A native emoji; `:shortcode:` values are resolved by `evaluatePage`. */
  emoji?: string;
  summaryPoints?: string[];
  buttons?: PageButton[];
  [key: string]: unknown;
}

export interface SplitSource {
  /** The YAML between the `---` lines, or undefined when the source has none. */
  yaml: string | undefined;
  /** 1-based line of the first YAML line in the source. */
  yamlLine: number;
  /** The source with the frontmatter replaced by empty lines, so positions in it match the source. */
  body: string;
}

/** Separates YAML frontmatter from the Markdown that follows it. */
export function splitFrontmatter(source: string): SplitSource {
  const text = source.replace(/^\uFEFF/, "");
  const lines = text.split("\n");
  if (lines[0]?.trimEnd() !== "---") return { yaml: undefined, yamlLine: 1, body: text };
  const close = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (close < 0) throw new PageError("The frontmatter that starts with `---` is never closed", 1, 1);
  return {
    yaml: lines.slice(1, close).join("\n"),
    yamlLine: 2,
    body: "\n".repeat(close + 1) + lines.slice(close + 1).join("\n"),
  };
}

/** Parses frontmatter YAML; errors name the line and column in the page source. */
export function parseFrontmatter(yaml: string | undefined, yamlLine = 2): PageFrontmatter {
  if (yaml === undefined || yaml.trim() === "") return {};
  let data: unknown;
  try {
    data = parse(yaml);
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const at = error.linePos?.[0];
      const reason = error.message.split(" at line ")[0] ?? error.message;
      throw new PageError(`Invalid frontmatter: ${reason}`, at ? at.line + yamlLine - 1 : yamlLine, at?.col, {
        cause: error,
      });
    }
    throw error;
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new PageError("Invalid frontmatter: expected `key: value` pairs", yamlLine, 1);
  }
  return data as PageFrontmatter;
}

/**
 * The summary points of a page, from a `summaryPoints` list or from numbered `summaryPoint1`,
 * `summaryPoint2`… keys (both forms appear in ethereum.org pages). Empty values are skipped.
 */
export function summaryPointsOf(frontmatter: PageFrontmatter): string[] {
  if (Array.isArray(frontmatter.summaryPoints)) {
    return frontmatter.summaryPoints.filter((point): point is string => typeof point === "string" && point.trim() !== "");
  }
  return Object.keys(frontmatter)
    .map((key) => /^summaryPoint(\d+)$/.exec(key))
    .filter((match): match is RegExpExecArray => match !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((match) => frontmatter[match[0]])
    .filter((point): point is string => typeof point === "string" && point.trim() !== "");
}

/** The well-formed entries of `buttons`: each needs `content` and a `toId` or `href`. */
export function buttonsOf(frontmatter: PageFrontmatter): PageButton[] {
  if (!Array.isArray(frontmatter.buttons)) return [];
  return frontmatter.buttons.filter(
    (button): button is PageButton =>
      typeof button === "object" &&
      button !== null &&
      typeof button.content === "string" &&
      (typeof button.toId === "string" || typeof button.href === "string"),
  );
}
