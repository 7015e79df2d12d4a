import { beforeEach, describe, expect, it, vi } from "vitest";
import { resetDevWarnings } from "../../src/lib/dev-warning";
import { evaluatePage, PageError, type EvaluatePageOptions } from "../../src/mdx/index";
import { renderOnServer } from "../setup/ssr";

// Development warnings print once per message; each test checks its own.
beforeEach(() => resetDevWarnings());

async function render(source: string, options?: EvaluatePageOptions) {
  const page = await evaluatePage(source, options);
  return { page, ...renderOnServer(<page.Content />) };
}

async function errorOf(source: string, options?: EvaluatePageOptions): Promise<PageError> {
  try {
    await evaluatePage(source, options);
  } catch (error) {
    expect(error).toBeInstanceOf(PageError);
    return error as PageError;
  }
  throw new Error("expected evaluatePage to reject");
}

describe("unknown tags", () => {
  const source = "Intro.\n\n<Mystery kind=\"x\">\n\nInner **text** stays.\n\n</Mystery>\n\nA <Inline>word</Inline> in a line.\n";

  it("render a visible placeholder naming the tag, with its children inside, and warn", async () => {
    const { html, warnings, errors } = await render(source);
    expect(html).toMatch(
      /<span data-slot="unknown-component" data-component="Mystery" class="sui-unknown-component"><span[^>]*>Unknown component &lt;Mystery&gt;<\/span><p[^>]*>Inner <strong[^>]*>text<\/strong> stays\.<\/p><\/span>/,
    );
    expect(html).toMatch(/<p[^>]*>A <span data-slot="unknown-component" data-component="Inline"[^>]*>.*word<\/span> in a line\.<\/p>/);
    expect(warnings.join("\n")).toMatch(/evaluatePage: no component for <Mystery>/);
    expect(warnings.join("\n")).toMatch(/no component for <Inline>/);
    expect(errors).toEqual([]);
  });

  it("throw, naming the tag and where it first appears, when asked", async () => {
    const error = await errorOf(`---\ntitle: T\n---\n${source}`, { onUnknownComponent: "throw" });
    expect(error.message).toMatch(/^Unknown component <Mystery>.* at line 6, column 1$/);
    expect([error.line, error.column]).toEqual([6, 1]);
  });

  it("warn about an unknown onUnknownComponent value and fall back to placeholders", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const page = await evaluatePage(source, { onUnknownComponent: "explode" as never });
    const warnings = warn.mock.calls.flat().join("\n");
    warn.mockRestore();
    const { html } = renderOnServer(<page.Content />);
    expect(warnings).toMatch(/evaluatePage: unknown `onUnknownComponent` "explode"; expected "placeholder" or "throw"/);
    expect(html).toContain('data-component="Mystery"');
  });

  it("can be supplied through `components`", async () => {
    const Mystery = ({ kind }: { kind?: string }) => <aside data-kind={kind}>mine</aside>;
    const { html, warnings } = await render(source, { components: { Mystery, Inline: "mark" } });
    expect(html).toContain('<aside data-kind="x">mine</aside>');
    expect(html).toContain("<mark>word</mark>");
    expect(warnings).toEqual([]);
  });
});

describe("malformed pages", () => {
  it("an unclosed tag names the tag at its line and column, counting the frontmatter lines", async () => {
    const source = '---\ntitle: T\nlang: en\n---\n\nIntro.\n\n<Card title="x">\n\nBody\n';
    const error = await errorOf(source);
    expect(error.message).toBe("Could not compile the page: Expected a closing tag for `<Card>` at line 8, column 1");
    expect([error.line, error.column]).toEqual([8, 1]);
  });

  it("an unclosed tag inside a paragraph points at the tag, not the paragraph", async () => {
    const error = await errorOf("First line.\n\nSome <b>bold\n\nMore.\n");
    expect([error.line, error.column]).toEqual([3, 6]);
    expect(error.message).toMatch(/`<b>` before the end of `paragraph` at line 3, column 6$/);
  });

  it("a mismatched closing tag is reported where it is, naming both tags", async () => {
    const source = "---\nlang: en\n---\n\n<Alert>\n  <AlertContent>x</AlertDescription>\n</Alert>\n";
    const error = await errorOf(source);
    expect(error.message).toMatch(/Unexpected closing tag `<\/AlertDescription>`, expected corresponding closing tag for `<AlertContent>` \(line 6, column 3\)/);
    // `  <AlertContent>x` is 17 characters: the closing tag starts in column 18.
    expect([error.line, error.column]).toEqual([6, 18]);
    expect(error.message).toMatch(/at line 6, column 18$/);
  });

  it("an invalid expression is reported at its position", async () => {
    const error = await errorOf("---\na: 1\n---\nText {1 +} more\n");
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/line 4, column \d+$/);
  });

  it("invalid frontmatter YAML names its line in the page", async () => {
    const error = await errorOf("---\ntitle: a\nlist: [1, 2\nother: b\n---\n\nText\n");
    expect(error.message).toMatch(/^Invalid frontmatter: .* at line 4, column 1$/);
  });

  it("a non-string source is a TypeError", async () => {
    await expect(evaluatePage(42 as never)).rejects.toThrow(TypeError);
  });
});

describe("link and image safety", () => {
  const source = [
    "[md link](javascript:alert(1)) and <a href=\"javascript:alert(2)\">raw link</a> and <a href={\"JaVaScRiPt:alert(3)\"}>expr</a>",
    "",
    "![md image](javascript:alert(4)) <img src=\"javascript:alert(5)\" alt=\"raw image\" /> <img src=\"data:text/html,x\" alt=\"d\" />",
    "",
    "[ok](/staking/) <a href=\"https://example.org/\">ext</a> <img src=\"/ok.png\" />",
  ].join("\n");

  it("unsafe URLs never reach href or src, from Markdown or raw tags; the text stays", async () => {
    const { html, warnings } = await render(source);
    expect(html).not.toMatch(/javascript:|data:text/i);
    expect(html).toContain("md link");
    expect(html).toContain("raw link");
    expect(html).toContain("expr");
    expect(html).not.toContain("raw image");
    expect(warnings.join("\n")).toMatch(/Markdown link: unsafe or empty `href`/);
    expect(warnings.join("\n")).toMatch(/Markdown image: unsafe or empty `src`/);
  });

  it("safe links and images render, raw ones styled like Markdown ones; a missing alt warns", async () => {
    const { html, warnings } = await render(source);
    expect(html).toMatch(/<a href="\/staking\/" data-slot="link" class="sui-md-link">ok<\/a>/);
    expect(html).toMatch(/<a href="https:\/\/example.org\/" rel="noopener noreferrer" data-slot="link" data-external="" class="sui-md-link">ext<\/a>/);
    expect(html).toMatch(/<img src="\/ok.png" alt="" loading="lazy" decoding="async" data-slot="image" class="sui-md-image"\/>/);
    expect(warnings.join("\n")).toMatch(/Markdown image: `alt` is missing for "\/ok.png"/);
  });
});

describe("evaluatePage output", () => {
  it("takes the locale from frontmatter `lang`, or from the option, and sets the direction", async () => {
    const source = "---\nlang: zh\n---\n\n## 标题 {#title}\n";
    const zh = await render(source);
    expect(zh.page.locale).toBe("zh");
    expect(zh.html).toMatch(/^<div data-slot="page-content" class="sui-root sui-prose" lang="zh" dir="ltr">/);
    expect(zh.html).toContain('aria-label="链接到本节"');
    const ar = await render(source, { locale: "ar" });
    expect(ar.html).toMatch(/lang="ar" dir="rtl"/);
    expect(ar.html).toContain('aria-label="رابط إلى هذا القسم"');
  });

  it("leaves locale and direction to the surrounding provider when neither is given", async () => {
    const { page, html } = await render("Just text.\n");
    expect(page.locale).toBeUndefined();
    expect(page.frontmatter).toEqual({});
    expect(html).not.toMatch(/lang=|dir=/);
  });

  it("resolves shortcodes in frontmatter emoji and in emoji/text attributes only", async () => {
    const source = '---\nemoji: ":recycle:"\n---\n\n<Card title=":bulb: stays" emoji=":stopwatch:" />\n\n<AlertEmoji text=":unknown_code_x:" />\n';
    const { page, html, warnings } = await render(source);
    expect(page.frontmatter.emoji).toBe("♻️");
    expect(html).toContain("⏱️");
    expect(html).toContain(":bulb: stays");
    expect(html).toContain(":unknown_code_x:");
    expect(warnings.join("\n")).toMatch(/Emoji: unknown shortcode ":unknown_code_x:"/);
  });

  it("gives headings without an id a unique slug and lists them in the outline", async () => {
    const { page, html } = await render("## Intro\n\n### Intro\n\n## Intro {#intro-1}\n\n#### Deep `code`\n");
    expect(page.headings).toEqual([
      { level: 2, id: "intro", text: "Intro" },
      { level: 3, id: "intro-2", text: "Intro" },
      { level: 2, id: "intro-1", text: "Intro" },
      { level: 4, id: "deep-code", text: "Deep code" },
    ]);
    for (const id of ["intro", "intro-2", "intro-1", "deep-code"]) expect(html).toContain(`id="${id}"`);
  });

  it("renders GFM tables in a named, focusable scroll region and code blocks as scrollable pre", async () => {
    const { html } = await render("| A | B |\n| - | - |\n| 1 | 2 |\n\n```js\nconst x = 1;\n```\n");
    expect(html).toMatch(/<div role="region" aria-label="Table: A, B" tabindex="0" data-slot="table-scroll"[^>]*><table/);
    expect(html).toMatch(/<pre data-slot="pre" tabindex="0" class="sui-md-pre"><code data-slot="code" class="sui-md-code language-js">/);
  });
});
