import { describe, expect, it, vi } from "vitest";
import { safeHref } from "../../src/lib/safe-href";
import { resetDevWarnings } from "../../src/lib/dev-warning";
import { evaluatePage } from "../../src/mdx/evaluate-page";
import { StakingUIProvider } from "../../src/provider/staking-ui-provider";
import { renderOnServer } from "../setup/ssr";
import { parseHtml } from "./html";
import { HOSTILE_URLS, SAFE_PROTOCOLS, SITE_ORIGIN, urlProblems } from "./hostile-urls";
import { MarkingRouterLink, URL_SLOTS } from "./url-slots";

const rejected = HOSTILE_URLS.filter((entry) => !entry.external);
const external = HOSTILE_URLS.filter((entry) => entry.external);

describe("the hostile URL table", () => {
  it("is large enough and every entry is distinct", () => {
    expect(HOSTILE_URLS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(HOSTILE_URLS.map((entry) => entry.url)).size).toBe(HOSTILE_URLS.length);
  });

  it.each(rejected.map((entry) => [entry.trick, entry.url] as const))("safeHref refuses %s", (_trick, url) => {
    expect(safeHref(url)).toBeUndefined();
  });

  it.each(external.map((entry) => [entry.trick, entry.url] as const))("safeHref keeps %s only as a link to another site", (_trick, url) => {
    const kept = safeHref(url);
    expect(kept).toBeDefined();
    expect(new URL(kept!, `${SITE_ORIGIN}/page/`).origin).toBe("https://evil.example");
  });
});

describe("the checker", () => {
  it("catches what it is meant to catch (so a pass means something)", () => {
    const document = parseHtml(
      '<a href="jav&#x09;ascript:alert(1)">a</a><img src="data:image/png;base64,AA" alt=""><a href="//evil.example/">b</a>' +
        '<a href="https://evil.example/" rel="noopener noreferrer" data-router="">c</a><img srcset="ok.png 1x, javascript:x 2x" alt="">',
    );
    expect(urlProblems(document, URL).map((problem) => problem.problem)).toEqual([
      "protocol javascript:",
      "protocol data:",
      "external link without rel=noopener noreferrer",
      "external link rendered by the router",
      "protocol javascript:",
    ]);
  });
});

describe.each([
  ["without a provider", false],
  ["inside a provider with a router link and resolveHref", true],
] as const)("every URL-taking component, server-rendered %s", (_label, withRouter) => {
  it.each(URL_SLOTS.map((slot) => [slot.name, slot] as const))("%s: no hostile URL reaches an attribute", (_name, slot) => {
    for (const [index, entry] of HOSTILE_URLS.entries()) {
      resetDevWarnings();
      const element = slot.render(entry.url, index);
      const tree = withRouter ? (
        <StakingUIProvider linkComponent={MarkingRouterLink} resolveHref={(path) => `/en${path}`}>
          {element}
        </StakingUIProvider>
      ) : (
        element
      );
      const { html, warnings, errors } = renderOnServer(tree);
      const document = parseHtml(html);
      const context = `${slot.name} with ${entry.trick} (${JSON.stringify(entry.url)})`;
      expect(urlProblems(document, URL), context).toEqual([]);
      expect(errors, context).toEqual([]);
      // Refusing a URL never blanks a component that has text to show.
      if (!slot.mayRenderNothing) expect(document.body.textContent?.trim() ?? "", context).not.toBe("");
      if (!entry.external && slot.name !== "YouTube id") {
        expect(warnings.join("\n"), context).toMatch(slot.prop);
      }
    }
  });
});

describe("page content (evaluatePage): links, images and ButtonLink written in MDX", () => {
  it("no hostile URL reaches an attribute, with or without a router", async () => {
    for (const entry of HOSTILE_URLS) {
      const url = JSON.stringify(entry.url);
      const source = [
        `<a href={${url}}>JSX link</a> <img src={${url}} alt="JSX image" /> <img src="/ok.png" srcSet={${url}} alt="set" />`,
        "",
        `<ButtonLink href={${url}}>Button</ButtonLink>`,
        "",
        // Markdown destinations cannot hold white space, brackets or `<` (MDX reads it as a tag).
        /^[^\s<>()]+$/.test(entry.url) ? `[Markdown link](${entry.url}) ![Markdown image](${entry.url})` : "",
      ].join("\n");
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      const page = await evaluatePage(source).finally(() => warn.mockRestore());
      for (const withRouter of [false, true]) {
        const tree = withRouter ? (
          <StakingUIProvider linkComponent={MarkingRouterLink} resolveHref={(path) => `/en${path}`}>
            <page.Content />
          </StakingUIProvider>
        ) : (
          <page.Content />
        );
        const { html, errors } = renderOnServer(tree);
        const context = `${entry.trick} (${JSON.stringify(entry.url)})${withRouter ? " with a router" : ""}`;
        expect(urlProblems(parseHtml(html), URL), context).toEqual([]);
        expect(errors, context).toEqual([]);
        expect(html, context).toContain("JSX link");
      }
    }
  });
});

describe("safe URLs still work everywhere (the checks do not pass by rendering nothing)", () => {
  it.each(URL_SLOTS.map((slot) => [slot.name, slot] as const))("%s keeps an https URL", (_name, slot) => {
    const url = slot.name === "YouTube id" ? "dQw4w9WgXcQ" : "https://ok.example/path";
    const { html } = renderOnServer(slot.render(url, 0));
    const document = parseHtml(html);
    const values = [...document.querySelectorAll("[href],[src],[srcset]")].flatMap((element) =>
      ["href", "src", "srcset"].map((name) => element.getAttribute(name)).filter((value): value is string => value !== null),
    );
    if (slot.name === "YouTube id") {
      // The facade loads nothing until played: the id shows up only once the reader presses play.
      expect(html).toContain('data-slot="youtube-play"');
      return;
    }
    expect(values.some((value) => value.includes("https://ok.example/path"))).toBe(true);
    for (const value of values) expect(SAFE_PROTOCOLS.has(new URL(value.split(" ")[0]!, SITE_ORIGIN).protocol)).toBe(true);
  });
});
