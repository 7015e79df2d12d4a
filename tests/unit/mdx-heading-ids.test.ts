import { describe, expect, it } from "vitest";
import { preprocessHeadingIds, remarkHeadingIds, type PageHeading } from "../../src/mdx/heading-ids";
import type { MdastNode } from "../../src/mdx/mdast";

describe("preprocessHeadingIds", () => {
  it("escapes the brace of a trailing {#id}, with or without a space before it", () => {
    expect(preprocessHeadingIds("## 什么是质押池？ {#what-are-staking-pools}")).toBe("## 什么是质押池？ \\{#what-are-staking-pools}");
    expect(preprocessHeadingIds("## 扩展阅读{#further-reading}")).toBe("## 扩展阅读\\{#further-reading}");
    expect(preprocessHeadingIds("###### Deep {#deep}  ")).toBe("###### Deep \\{#deep}  ");
  });

  it("keeps Windows line endings and leaves the start of the line where it was", () => {
    const out = preprocessHeadingIds("## A {#a}\r\ntext\r\n");
    expect(out).toBe("## A \\{#a}\r\ntext\r\n");
    expect(out.indexOf("{#a}")).toBe("## A {#a}".indexOf("{#a}") + 1);
  });

  it("leaves fenced code untouched, for ``` and ~~~ fences and longer closing fences", () => {
    const source = [
      "```md",
      "## In code {#not-an-id}",
      "```",
      "~~~~",
      "## Also code {#nope}",
      "```",
      "## still code {#nope2}",
      "~~~~~",
      "## Real {#real}",
    ].join("\n");
    const out = preprocessHeadingIds(source).split("\n");
    expect(out[1]).toBe("## In code {#not-an-id}");
    expect(out[4]).toBe("## Also code {#nope}");
    expect(out[6]).toBe("## still code {#nope2}");
    expect(out[8]).toBe("## Real \\{#real}");
  });

  it("changes only headings: paragraphs, indented code, frontmatter and escaped ids stay", () => {
    const source = ["---", "# yaml comment {#x}", "---", "Text {#not-heading}", "    ## indented {#code}", "## Done \\{#done}", "#NoSpace {#x}"].join(
      "\n",
    );
    expect(preprocessHeadingIds(source)).toBe(source);
  });

  it("is idempotent", () => {
    const once = preprocessHeadingIds("## A {#a}\n## B{#b}");
    expect(preprocessHeadingIds(once)).toBe(once);
  });
});

function heading(depth: number, ...values: string[]): MdastNode {
  return { type: "heading", depth, children: values.map((value) => ({ type: "text", value })) };
}

function run(tree: MdastNode): PageHeading[] {
  let headings: PageHeading[] = [];
  remarkHeadingIds({ onHeadings: (found) => (headings = found) })(tree);
  return headings;
}

describe("remarkHeadingIds", () => {
  it("takes explicit ids (escaped or not) off the text and onto the heading", () => {
    const a = heading(2, "什么是质押池？ \\{#what-are-staking-pools}");
    const b = heading(2, "扩展阅读{#further-reading}");
    const headings = run({ type: "root", children: [a, b] });
    expect(headings).toEqual([
      { level: 2, id: "what-are-staking-pools", text: "什么是质押池？" },
      { level: 2, id: "further-reading", text: "扩展阅读" },
    ]);
    expect(a.children?.[0]?.value).toBe("什么是质押池？");
    expect(a.data?.hProperties).toEqual({ id: "what-are-staking-pools" });
  });

  it("slugs headings without an id, unique per page and never taking an explicit id", () => {
    const tree: MdastNode = {
      type: "root",
      children: [heading(2, "FAQ"), heading(3, "FAQ"), heading(2, "Other {#faq-2}"), heading(2, "FAQ"), heading(2, "再质押")],
    };
    expect(run(tree).map((h) => h.id)).toEqual(["faq", "faq-1", "faq-2", "faq-3", "再质押"]);
  });

  it("reads the text of inline markup and drops a text node emptied by the id", () => {
    const node: MdastNode = {
      type: "heading",
      depth: 3,
      children: [
        { type: "strong", children: [{ type: "text", value: "Bold" }] },
        { type: "inlineCode", value: " code" },
        { type: "text", value: " {#b}" },
      ],
    };
    expect(run({ type: "root", children: [node] })).toEqual([{ level: 3, id: "b", text: "Bold code" }]);
    expect(node.children).toHaveLength(2);
  });
});
