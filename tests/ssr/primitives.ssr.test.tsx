import { describe, expect, it } from "vitest";
import {
  Alert,
  AlertContent,
  AlertDescription,
  AlertEmoji,
  AlertTitle,
  ButtonLink,
  Card,
  CardGrid,
  Emoji,
  ExpandableCard,
  StakingUIProvider,
  YouTube,
} from "../../src/index";
import { addShortcodeLookup } from "../../src/components/emoji/shortcode-registry";
import { renderOnServer } from "../setup/ssr";

addShortcodeLookup((name) => ({ bulb: "💡", stopwatch: "⏱️" })[name]);

function expectClean(result: { warnings: string[]; errors: string[] }) {
  expect(result.warnings).toEqual([]);
  expect(result.errors).toEqual([]);
}

describe("server rendering of primitives", () => {
  it("Card renders its full content with no DOM", () => {
    const { html, warnings, errors } = renderOnServer(<Card title="快速质押" emoji="⏱️" description="Easy." />);
    expect(html).toContain('data-slot="card"');
    expect(html).toContain("<h3");
    expect(html).toContain("快速质押");
    expect(warnings).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("CardGrid renders its cards and variant attributes", () => {
    const result = renderOnServer(
      <CardGrid minColumnWidth="sm" gap="lg">
        <Card title="准入门槛低" emoji="🐟" />
        <Card title="快速质押" emoji=":stopwatch:" />
      </CardGrid>,
    );
    expect(result.html).toMatch(/^<div data-slot="card-grid" data-min-column-width="sm" data-gap="lg"/);
    expect(result.html).toContain("准入门槛低");
    expect(result.html).toContain("⏱️");
    expectClean(result);
  });

  it("ExpandableCard renders heading > button, title, preview and the localized indicator while closed", () => {
    const result = renderOnServer(
      <StakingUIProvider locale="zh">
        <ExpandableCard title="我如何赚取奖励？" contentPreview="简短回答">
          <p>通常，ERC-20 质押代币会发行给质押人。</p>
        </ExpandableCard>
      </StakingUIProvider>,
    );
    expect(result.html).toMatch(/<h3[^>]*data-slot="expandable-card-heading"[^>]*><button[^>]*aria-expanded="false"/);
    expect(result.html).toContain("我如何赚取奖励？");
    expect(result.html).toContain("简短回答");
    expect(result.html).toContain("更多");
    expect(result.html).toContain('dir="ltr"');
    expectClean(result);
  });

  it("ExpandableCard renders its body on the server when open", () => {
    const result = renderOnServer(
      <ExpandableCard title="什么时候可以取出我的质押" defaultOpen headingLevel={2} locale="ar">
        <p>现在！马上！</p>
        <ButtonLink href="/staking/withdrawals/">更多关于质押提款的信息</ButtonLink>
      </ExpandableCard>,
    );
    expect(result.html).toContain("<h2");
    expect(result.html).toContain('aria-expanded="true"');
    expect(result.html).toContain('role="region"');
    expect(result.html).toContain("现在！马上！");
    expect(result.html).toContain('href="/staking/withdrawals/"');
    expect(result.html).toContain("أقل");
    expect(result.html).toContain('dir="rtl"');
    expectClean(result);
  });

  it("Alert family renders the seed's warning alert, not as a live region", () => {
    const result = renderOnServer(
      <Alert variant="warning" className="justify-between">
        <AlertEmoji text=":bulb:" />
        <AlertContent>
          <AlertTitle>用词不当警示</AlertTitle>
          <AlertDescription>
            <p className="mt-0">
              <strong>最好知道</strong>
            </p>
            <p className="mt-2">有些人将“再质押”与借出 LST 混淆。</p>
          </AlertDescription>
        </AlertContent>
      </Alert>,
    );
    expect(result.html).toMatch(/^<div data-slot="alert" data-variant="warning" class="sui-root sui-alert sui-alert--warning justify-between">/);
    expect(result.html).not.toContain("role=");
    expect(result.html).not.toContain("aria-live");
    for (const slot of ["alert-emoji", "alert-content", "alert-title", "alert-description"]) expect(result.html).toContain(`data-slot="${slot}"`);
    expect(result.html).toContain("💡");
    expect(result.html).toContain("有些人将“再质押”与借出 LST 混淆。");
    expectClean(result);
  });

  it("Alert with live renders its role on the server", () => {
    const result = renderOnServer(<Alert live="assertive">Failed</Alert>);
    expect(result.html).toContain('role="alert"');
    expectClean(result);
  });

  it("ButtonLink renders a safe link, with the provider's resolveHref", () => {
    const result = renderOnServer(
      <StakingUIProvider resolveHref={(path) => `/zh${path}`}>
        <ButtonLink href="/staking/">了解更多</ButtonLink>
        <ButtonLink to="https://www.staking.directory/" variant="outline">
          Directory
        </ButtonLink>
      </StakingUIProvider>,
    );
    expect(result.html).toContain('href="/zh/staking/"');
    expect(result.html).toContain("了解更多");
    expect(result.html).toMatch(/href="https:\/\/www\.staking\.directory\/" rel="noopener noreferrer"/);
    expectClean(result);
  });

  it("ButtonLink never puts an unsafe URL in server HTML", () => {
    const result = renderOnServer(<ButtonLink href={"  JaVaScRiPt:alert(1)"}>x</ButtonLink>);
    expect(result.html.toLowerCase()).not.toContain("javascript");
    expect(result.html).not.toContain("href");
    expect(result.warnings.join(" ")).toMatch(/ButtonLink: unsafe or empty `href`/);
    expect(result.errors).toEqual([]);
  });

  it("YouTube renders only the facade on the server: no iframe, no request to YouTube", () => {
    const result = renderOnServer(<YouTube id="rOJo7VwPh7I" title="18 分钟解释再质押" start={30} />);
    expect(result.html).toContain('data-state="idle"');
    expect(result.html).toContain('aria-label="Play video: 18 分钟解释再质押"');
    expect(result.html).not.toMatch(/<iframe|<img|youtube(-nocookie)?\.com/);
    expectClean(result);
  });

  it("Emoji renders native, shortcode and labelled emoji", () => {
    const result = renderOnServer(
      <>
        <Emoji text="🐟" />
        <Emoji text=":bulb:" label="Idea" />
      </>,
    );
    expect(result.html).toContain('aria-hidden="true">🐟</span>');
    expect(result.html).toContain('role="img" aria-label="Idea">💡</span>');
    expectClean(result);
  });
});
