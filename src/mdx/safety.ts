// What page content may do. `evaluatePage` compiles Markdown/MDX into code and runs it; written by
// people who are not the site's developers, the content must not be able to run code of its own,
// load active content, or hang the renderer. So, before and while compiling:
// - source size and nesting are bounded (deep nesting overflows the parser's stack or takes it
//   minutes; a megabyte of text takes tens of seconds and hundreds of megabytes);
// - `import`/`export` are refused, and `{expressions}` may only be literal data: strings, numbers,
//   booleans, null, and arrays and objects of those (the seeds' `style={{ textTransform: … }}`);
// - active elements (<script>, <iframe>, <style>, …) are removed, as are event handler attributes,
//   `dangerouslySetInnerHTML`, unsafe URLs and CSS that loads resources.
// Refusals throw (with line and column); removals warn in development and keep the rest of the page.
import { safeHref } from "../lib/safe-href.js";
import { safeSrcSet } from "../lib/safe-src-set.js";
import { devWarn } from "../lib/dev-warning.js";
import { JSX_ELEMENT_TYPES, type MdastNode, type MdxJsxAttribute, type Position } from "./mdast.js";
import { PageError } from "./page-error.js";

// Bundlers replace `process.env.NODE_ENV` while parsing, so production builds drop every
// development warning together with its text. Declared here to keep @types/node out of the types.
declare const process: { env: Record<string, string | undefined> };

/** Limits on page source; a page beyond them is refused with a PageError before compiling. */
export const PAGE_LIMITS = Object.freeze({
  /**
   * Characters of source, frontmatter included: about 12 times the longer seed page. Compiling
   * cost grows faster than length for some Markdown, so the bound is on purpose not generous.
   */
  maxLength: 131_072,
  /** Levels of nested tags, block quotes, list indentation, `{` braces or emphasis markers. */
  maxNesting: 64,
});

/** Elements that run code, load other documents or restyle the site: never rendered from content. */
export const BLOCKED_ELEMENTS: ReadonlySet<string> = new Set([
  "script",
  "noscript",
  "style",
  "link",
  "meta",
  "base",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "portal",
  "template",
  "form",
  // SVG animation can set an `href` to javascript: after the fact.
  "animate",
  "set",
  "animatemotion",
  "animatetransform",
]);

// Attributes whose value a browser loads or navigates to. Compared in lower case, so the React
// spellings (`srcSet`, `formAction`, `xlinkHref`) match too.
const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "srcset",
  "action",
  "formaction",
  "poster",
  "data",
  "xlink:href",
  "xlinkhref",
  "ping",
  "background",
  "cite",
  "longdesc",
  "manifest",
  "codebase",
  "archive",
  "lowsrc",
  "dynsrc",
]);

// Props of components (capitalised tags) that carry a URL; other props are the component's business.
const COMPONENT_URL_PROPS = new Set(["href", "src", "srcset", "to"]);

// Never from content: raw HTML injection, refs, and documents inside attributes.
const FORBIDDEN_ATTRIBUTES = new Set(["dangerouslysetinnerhtml", "ref", "srcdoc"]);

// CSS values that fetch something or ran script in old browsers.
const UNSAFE_CSS = /url\s*\(|image-set\s*\(|expression\s*\(|javascript:|vbscript:|-moz-binding|behavior\s*:|@import/i;

/**
 * Refuses source beyond {@link PAGE_LIMITS}, naming where. Cheap (one pass over the text), so it
 * runs before the compiler can be made to overflow its stack or spend minutes on nesting.
 */
export function checkPageSource(source: string): void {
  if (source.length > PAGE_LIMITS.maxLength) {
    throw new PageError(
      `The page is ${source.length} characters long; pages may have at most ${PAGE_LIMITS.maxLength}. Split it into several pages`,
    );
  }
  const max = PAGE_LIMITS.maxNesting;
  const tooDeep = (what: string, line: number, column: number): never => {
    throw new PageError(`The page nests ${what} more than ${max} levels deep`, line, column);
  };
  let tags = 0;
  let braces = 0;
  // Inside an opening tag that continues on the next lines (`<Card` … `/>`).
  let openTag = false;
  let fence: string | undefined;
  const lines = source.split("\n");
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    const number = index + 1;
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      continue;
    }
    // A rule (`***`, `___`) may be long; elsewhere a run of markers opens that many emphasis levels.
    if (!/^\s*([*_~-])(\s*\1)*\s*$/.test(line)) {
      const run = /([*_~])\1*/g;
      for (let match = run.exec(line); match; match = run.exec(line)) {
        if (match[0].length > max) tooDeep("emphasis markers", number, match.index + 1);
      }
    }
    const indent = /^[ \t>]*/.exec(line)![0];
    if ((indent.match(/>/g)?.length ?? 0) > max) tooDeep("block quotes", number, 1);
    if (indent.replace(/\t/g, "    ").replace(/>/g, "").length > 2 * max) tooDeep("indented lists", number, 1);
    for (let column = 0; column < line.length; column += 1) {
      const char = line[column];
      if (openTag && char === ">") {
        openTag = false;
        if (line[column - 1] === "/") tags = Math.max(0, tags - 1);
      } else if (char === "\\") column += 1;
      else if (char === "`" && !openTag) {
        // An inline code span: its content is text, whatever it looks like.
        BACKTICKS.lastIndex = column;
        const run = BACKTICKS.exec(line)![0];
        const end = line.indexOf(run, column + run.length);
        column = (end === -1 ? column : end) + run.length - 1;
      } else if (char === "{") {
        braces += 1;
        if (braces > max) tooDeep("`{` braces", number, column + 1);
      } else if (char === "}") braces = Math.max(0, braces - 1);
      else if (char === "<" && !openTag) {
        const next = line[column + 1] ?? "";
        if (next === "/") tags = Math.max(0, tags - 1);
        else if (/[A-Za-z>]/.test(next)) {
          // Counted as a level until its `>` shows it closes itself (`/>`).
          tags += 1;
          if (tags > max) tooDeep("tags", number, column + 1);
          openTag = next !== ">";
        }
      }
    }
  }
}

const BACKTICKS = /`+/y;

interface Estree {
  type: string;
  loc?: { start: { line: number; column: number } };
  [key: string]: unknown;
}

interface CompiledFile {
  fail(reason: string, place?: Position | { line: number; column: number }): never;
}

function placeOf(node: { position?: Position }, estree?: Estree): { line: number; column: number } | Position | undefined {
  // acorn columns are 0-based; the compiler's are 1-based.
  if (estree?.loc) return { line: estree.loc.start.line, column: estree.loc.start.column + 1 };
  return node.position;
}

function where(node: { position?: Position }): string {
  return node.position ? ` at line ${node.position.start.line}, column ${node.position.start.column}` : "";
}

function describe(node: Estree): string {
  switch (node.type) {
    case "Identifier":
      return `the name \`${String(node.name)}\``;
    case "CallExpression":
    case "NewExpression":
      return "a function call";
    case "MemberExpression":
      return "a property access";
    case "AssignmentExpression":
    case "UpdateExpression":
      return "an assignment";
    case "ArrowFunctionExpression":
    case "FunctionExpression":
      return "a function";
    case "TemplateLiteral":
      return "a template with `${…}`";
    case "TaggedTemplateExpression":
      return "a tagged template";
    case "JSXElement":
    case "JSXFragment":
      return "JSX inside an expression (write the tag directly instead)";
    case "SpreadElement":
      return "a spread (`...`)";
    case "Literal":
      return "a regular expression or BigInt literal";
    default:
      return `a ${node.type.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()}`;
  }
}

/**
 * The first part of `node` that is not literal data, or undefined when all of it is. Data is what
 * JSON could hold, plus `undefined`, negative numbers and templates without `${}`.
 */
function firstNonLiteral(node: Estree, allowContainers: boolean): Estree | undefined {
  switch (node.type) {
    case "Literal":
      return node.regex !== undefined || node.bigint !== undefined ? node : undefined;
    case "Identifier":
      return node.name === "undefined" ? undefined : node;
    case "TemplateLiteral":
      return (node.expressions as Estree[]).length === 0 ? undefined : node;
    case "UnaryExpression": {
      const argument = node.argument as Estree;
      const numeric = argument.type === "Literal" && typeof argument.value === "number";
      return (node.operator === "-" || node.operator === "+") && numeric ? undefined : node;
    }
    case "ArrayExpression":
      if (!allowContainers) return node;
      for (const element of node.elements as Array<Estree | null>) {
        const bad = element === null ? undefined : firstNonLiteral(element, true);
        if (bad) return bad;
      }
      return undefined;
    case "ObjectExpression":
      if (!allowContainers) return node;
      for (const property of node.properties as Estree[]) {
        if (property.type !== "Property" || property.computed || property.method || property.kind !== "init") return property;
        const key = property.key as Estree;
        const name = key.type === "Identifier" ? key.name : key.value;
        if (name === "__proto__") return key;
        const bad = firstNonLiteral(property.value as Estree, true);
        if (bad) return bad;
      }
      return undefined;
    default:
      return node;
  }
}

/** The expression of a `{…}` (undefined for an empty one or a comment), refusing anything else. */
function expressionOf(program: Estree | undefined, node: MdastNode, file: CompiledFile): Estree | undefined {
  const body = (program?.body as Estree[] | undefined) ?? [];
  if (body.length === 0) return undefined;
  const statement = body[0]!;
  if (body.length > 1 || statement.type !== "ExpressionStatement") {
    file.fail("Page content may not contain JavaScript statements; `{…}` may only hold a literal value", placeOf(node, statement));
  }
  return statement.expression as Estree;
}

function refuseCode(bad: Estree, node: MdastNode, file: CompiledFile, context: string): never {
  file.fail(
    `Page content may not run code: ${describe(bad)} in ${context}. Expressions may only be literal values (text, numbers, true/false, null, and lists or objects of those)`,
    placeOf(node, bad),
  );
}

function literalString(expression: Estree | undefined): string | undefined {
  if (!expression) return undefined;
  if (expression.type === "Literal" && typeof expression.value === "string") return expression.value;
  if (expression.type === "TemplateLiteral" && (expression.quasis as Estree[]).length === 1) {
    const cooked = ((expression.quasis as Estree[])[0]!.value as { cooked?: unknown }).cooked;
    return typeof cooked === "string" ? cooked : undefined;
  }
  return undefined;
}

function removed(node: MdastNode, what: string, why: string): void {
  process.env.NODE_ENV !== "production" && devWarn("evaluatePage", `${what}${where(node)} was removed: ${why}.`);
}

/** Checks one element's attributes in place: refuses code, drops what must not reach the page. */
function checkAttributes(node: MdastNode, file: CompiledFile): void {
  const tag = node.name ?? "";
  const intrinsic = /^[a-z]/.test(tag);
  const label = `<${tag}>`;
  const kept: MdxJsxAttribute[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === "mdxJsxExpressionAttribute") {
      file.fail(`Page content may not spread attributes (\`{...}\`) on ${label}; write each attribute out`, placeOf(node));
    }
    const name = attribute.name ?? "";
    const lower = name.toLowerCase();
    const value = attribute.value as { type?: string; value?: unknown; data?: { estree?: Estree } } | string | null | undefined;
    let expression: Estree | undefined;
    if (value !== null && typeof value === "object") {
      expression = expressionOf(value.data?.estree, node, file);
      const bad = expression && firstNonLiteral(expression, true);
      if (bad) refuseCode(bad, node, file, `the \`${name}\` attribute of ${label}`);
    }
    // HTML event attributes are lower case (`onerror`); React handlers of components are `onClick`.
    if (intrinsic ? /^on./.test(lower) : /^on[A-Z]/.test(name)) {
      removed(node, `The \`${name}\` attribute of ${label}`, "event handlers never come from page content");
      continue;
    }
    if (FORBIDDEN_ATTRIBUTES.has(lower)) {
      removed(node, `The \`${name}\` attribute of ${label}`, "it is not allowed in page content");
      continue;
    }
    if (lower === "style" && intrinsic) {
      if (typeof value === "string" || !expression || expression.type !== "ObjectExpression") {
        removed(node, `The \`style\` attribute of ${label}`, "write it as an object, style={{ property: \"value\" }}");
        continue;
      }
      const unsafe = (expression.properties as Estree[]).some((property) =>
        UNSAFE_CSS.test(literalString(property.value as Estree) ?? ""),
      );
      if (unsafe) {
        removed(node, `The \`style\` attribute of ${label}`, "CSS from page content may not load resources or run script");
        continue;
      }
    }
    if (URL_ATTRIBUTES.has(lower) && (intrinsic || COMPONENT_URL_PROPS.has(lower))) {
      const url = typeof value === "string" ? value : literalString(expression);
      const safe = lower === "srcset" ? safeSrcSet(url) : safeHref(url);
      if (safe === undefined) {
        removed(node, `The \`${name}\` attribute of ${label}`, `${JSON.stringify(url ?? null)} is not a safe URL`);
        // Links, images and components get an empty URL, so their own fallback (text without a
        // link, no image) and warning still apply; other tags just lose the attribute.
        if (!intrinsic || tag === "a" || tag === "img") kept.push({ type: "mdxJsxAttribute", name, value: "" });
        continue;
      }
    }
    kept.push(attribute);
  }
  node.attributes = kept;
}

/**
 * Remark plugin enforcing what page content may do (see the top of this file). Throws (through the
 * compiler, so evaluatePage reports a PageError with line and column) for code; removes, with a
 * development warning, elements and attributes that must not reach the page.
 *
 * `evaluatePage` runs it already. A site compiling untrusted content in its own MDX pipeline puts
 * it right after remark-gfm, before `stakingRemarkPlugins`, and calls `checkPageSource` on the
 * source first.
 */
export function remarkContentSafety() {
  return (tree: MdastNode, file: CompiledFile): void => {
    const visit = (parent: MdastNode): void => {
      const children = parent.children;
      if (!Array.isArray(children)) return;
      const kept: MdastNode[] = [];
      for (const node of children) {
        if (node.type === "mdxjsEsm") {
          file.fail(
            "Page content may not use `import` or `export`: content cannot run code. Pass components in `components` instead",
            placeOf(node),
          );
        }
        if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") {
          const expression = expressionOf((node.data as { estree?: Estree } | undefined)?.estree, node, file);
          // Rendered as text: objects and lists cannot be, so only single values are allowed here.
          const bad = expression && firstNonLiteral(expression, false);
          if (bad) refuseCode(bad, node, file, "a `{…}` expression");
        }
        if (JSX_ELEMENT_TYPES.has(node.type)) {
          const name = node.name ?? "";
          if (name.includes(".")) {
            file.fail(`Page content may not use member tags such as <${name}>: they read values from code`, placeOf(node));
          }
          if (BLOCKED_ELEMENTS.has(name.toLowerCase()) && /^[a-z]/.test(name)) {
            removed(node, `<${name}>`, "active content (scripts, frames, styles, forms…) is never rendered from page content");
            continue;
          }
          checkAttributes(node, file);
        }
        if ((node.type === "link" || node.type === "image" || node.type === "definition") && safeHref((node as { url?: unknown }).url) === undefined) {
          const url = (node as { url?: unknown }).url;
          removed(node, `The ${node.type === "image" ? "image" : "link"} to ${JSON.stringify(url)}`, "it is not a safe URL");
          // Emptied rather than dropped: the Markdown link then renders its text without a link,
          // the image renders nothing, each with its own warning, and a site's own `a` or `img`
          // gets nothing it could navigate to.
          (node as { url?: unknown }).url = "";
        }
        kept.push(node);
        visit(node);
      }
      parent.children = kept;
    };
    visit(tree);
  };
}
