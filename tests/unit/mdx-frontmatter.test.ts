import { describe, expect, it } from "vitest";
import { buttonsOf, parseFrontmatter, splitFrontmatter, summaryPointsOf } from "../../src/mdx/frontmatter";
import { PageError } from "../../src/mdx/page-error";

describe("splitFrontmatter", () => {
  it("returns the YAML and blanks its lines so positions in the body match the source", () => {
    const source = "---\ntitle: 再质押\nlang: zh\n---\n\n## A {#a}\n";
    const { yaml, yamlLine, body } = splitFrontmatter(source);
    expect(yaml).toBe("title: 再质押\nlang: zh");
    expect(yamlLine).toBe(2);
    expect(body.split("\n")).toHaveLength(source.split("\n").length);
    expect(body.split("\n")[5]).toBe("## A {#a}");
    expect(body.slice(0, 4)).toBe("\n\n\n\n");
  });

  it("leaves a source without frontmatter as it is, and strips a byte order mark", () => {
    expect(splitFrontmatter("# Title\n---\n")).toEqual({ yaml: undefined, yamlLine: 1, body: "# Title\n---\n" });
    expect(splitFrontmatter("\uFEFF---\na: 1\n---\nx").yaml).toBe("a: 1");
  });

  it("rejects frontmatter that is never closed, at line 1", () => {
    expect(() => splitFrontmatter("---\ntitle: x\n\n# Body")).toThrow(/never closed at line 1, column 1/);
  });
});

describe("parseFrontmatter", () => {
  it("parses YAML lists and nested objects", () => {
    const data = parseFrontmatter('title: "再质押"\nbuttons:\n  - content: 工作原理\n    toId: how\n    isSecondary: false\n');
    expect(data.title).toBe("再质押");
    expect(data.buttons).toEqual([{ content: "工作原理", toId: "how", isSecondary: false }]);
  });

  it("reports YAML errors at their line in the page (frontmatter starts on line 2)", () => {
    let error: unknown;
    try {
      parseFrontmatter("title: a\nlist: [1, 2\nother: b", 2);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PageError);
    expect((error as PageError).line).toBe(4);
    expect((error as PageError).message).toMatch(/^Invalid frontmatter: .* at line 4, column 1$/);
  });

  it("rejects YAML that is not a mapping", () => {
    expect(() => parseFrontmatter("- a\n- b")).toThrow(/expected `key: value` pairs at line 2/);
  });
});

describe("summaryPointsOf", () => {
  it("reads a summaryPoints list", () => {
    expect(summaryPointsOf({ summaryPoints: ["一", "", "二", 3 as never] })).toEqual(["一", "二"]);
  });

  it("reads numbered summaryPoint keys in numeric order", () => {
    expect(summaryPointsOf({ summaryPoint10: "ten", summaryPoint2: "two", summaryPoint1: "one", summaryPointX: "no" })).toEqual([
      "one",
      "two",
      "ten",
    ]);
  });

  it("prefers the list when both forms are present, and is empty with neither", () => {
    expect(summaryPointsOf({ summaryPoints: ["list"], summaryPoint1: "key" })).toEqual(["list"]);
    expect(summaryPointsOf({ title: "x" })).toEqual([]);
  });
});

describe("buttonsOf", () => {
  it("keeps buttons with content and a target, drops malformed ones", () => {
    expect(
      buttonsOf({
        buttons: [{ content: "A", toId: "a" }, { content: "B" }, null, "x", { content: "C", href: "/c" }] as never,
      }),
    ).toEqual([
      { content: "A", toId: "a" },
      { content: "C", href: "/c" },
    ]);
    expect(buttonsOf({ buttons: "nope" as never })).toEqual([]);
  });
});
