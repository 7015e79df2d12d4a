import { act, version as reactVersion, type ReactElement } from "react";
import { version as reactDomVersion } from "react-dom";
import { beforeAll, describe, expect, it } from "vitest";
import { loadServerAndClient, serverRenderAndHydrate, type Library } from "./harness";

// The project decides which React runs (both hydration projects run this same file) and says
// which one it meant, so a broken alias cannot silently test React 19 twice.
const expectedMajor = `${process.env.STAKING_UI_REACT_MAJOR ?? "unset"}.`;

let libraries: { server: Library; client: Library };
beforeAll(async () => {
  libraries = await loadServerAndClient();
});

/** A rendering, and for deliberately invalid input the development warning it must print (on both sides). */
type Case = [name: string, build: (library: Library) => ReactElement, expectedWarning?: RegExp];

const pool = (library: Library) => library.STAKING_PRODUCTS.pools[0]!;

const CASES: Case[] = [
  ["Card", ({ Card }) => <Card title="准入门槛低" emoji="🐟" description="Any amount of ETH." headingLevel={2} />],
  ["CardGrid with cards", ({ Card, CardGrid }) => (
    <CardGrid minColumnWidth="sm" gap="lg">
      <Card title="A" description="a" />
      <Card title="B" description="b" />
    </CardGrid>
  )],
  ["ExpandableCard (closed)", ({ ExpandableCard }) => <ExpandableCard title="什么时候可以取出？" contentPreview="Soon">Body</ExpandableCard>],
  ["ExpandableCard (open)", ({ ExpandableCard, ButtonLink }) => (
    <ExpandableCard title="Open" defaultOpen icon="💡" headingLevel={4}>
      <p>Body</p>
      <ButtonLink href="/staking/withdrawals/">More</ButtonLink>
    </ExpandableCard>
  )],
  ["Alert family", ({ Alert, AlertEmoji, AlertContent, AlertTitle, AlertDescription }) => (
    <Alert variant="warning" live="polite">
      <AlertEmoji text="⚠️" />
      <AlertContent>
        <AlertTitle headingLevel={3}>Title</AlertTitle>
        <AlertDescription>Description</AlertDescription>
      </AlertContent>
    </Alert>
  )],
  ["ButtonLink (internal)", ({ ButtonLink }) => <ButtonLink href="/staking/" variant="outline" size="lg">Internal</ButtonLink>],
  ["ButtonLink (external, to)", ({ ButtonLink }) => <ButtonLink to="https://example.org/" isSecondary>External</ButtonLink>],
  ["YouTube", ({ YouTube }) => <YouTube id="dQw4w9WgXcQ" title="Video" start={30} />],
  ["YouTube (invalid id: link)", ({ YouTube }) => <YouTube id="not-an-id" title="Video" />, /^\[staking-ui\] YouTube: `id` must be/],
  ["Emoji", ({ Emoji }) => <Emoji text="💸" label="money" />],
  ["Monogram", ({ Monogram }) => <Monogram name="EigenLayer" label="EigenLayer" />],
  ...(["solo", "saas", "pools"] as const).map((page): Case => [
    `StakingComparison page=${page}`,
    ({ StakingComparison }) => <StakingComparison page={page} />,
  ]),
  ...(["solo", "saas", "pools"] as const).map((page): Case => [
    `StakingConsiderations page=${page}`,
    ({ StakingConsiderations }) => <StakingConsiderations page={page} />,
  ]),
  ["StakingConsiderations compact, zh", ({ StakingConsiderations }) => (
    <StakingConsiderations page="pools" layout="compact" locale="zh" defaultValue="audited" />
  )],
  ...(["pools", "saas", "nodeTools", "keyGen"] as const).map((category): Case => [
    `StakingProductsCardGrid category=${category}`,
    ({ StakingProductsCardGrid }) => <StakingProductsCardGrid category={category} />,
  ]),
  ["StakingProductCard", (library) => <library.StakingProductCard product={pool(library)} category="pools" />],
  ["ProductDisclaimer", ({ ProductDisclaimer }) => <ProductDisclaimer />],
  ["RestakingList", ({ RestakingList }) => <RestakingList />],
  ["TabbedSection (built-in)", ({ TabbedSection }) => <TabbedSection />],
  ["TabbedSection (own tabs)", ({ TabbedSection }) => (
    <TabbedSection
      listLabel="Tabs"
      defaultValue="b"
      tabs={[
        { value: "a", label: "A", content: <p>First</p> },
        { value: "b", label: "B", content: <p>Second</p> },
      ]}
    />
  )],
  ["TabbedSectionBase", ({ TabbedSectionBase }) => (
    <TabbedSectionBase listLabel="Tabs" tabs={[{ value: "x", label: "X", content: "Only tab" }]} />
  )],
  ["WithRestakingDiagram", ({ WithRestakingDiagram }) => <WithRestakingDiagram />],
  ["WithoutRestakingDiagram", ({ WithoutRestakingDiagram }) => <WithoutRestakingDiagram />],
  ["SafeLink", ({ SafeLink }) => (
    <p>
      <SafeLink href="/a/">internal</SafeLink> <SafeLink href="https://example.org">external</SafeLink>
    </p>
  )],
  ["StakingUIProvider (ar, rtl) around components", ({ StakingUIProvider, StakingComparison, ExpandableCard, RestakingList, TabbedSection, ProductDisclaimer, YouTube }) => (
    <StakingUIProvider locale="ar" resolveHref={(path) => `/ar${path}`}>
      <StakingComparison page="saas" />
      <ExpandableCard title="سؤال">جواب</ExpandableCard>
      <RestakingList />
      <TabbedSection />
      <ProductDisclaimer />
      <YouTube id="dQw4w9WgXcQ" />
    </StakingUIProvider>
  )],
  ["UnknownComponent", ({ mdx }) => <mdx.UnknownComponent component="FancyWidget">Inner text</mdx.UnknownComponent>, /no component for <FancyWidget>/],
  ["StakingPage (frontmatter only)", ({ mdx }) => (
    <mdx.StakingPage
      frontmatter={{ title: "Title", description: "Desc", emoji: "💸", summaryPoints: ["One", "Two"] }}
      headings={[{ id: "a", text: "A", level: 2 }]}
    >
      <h2 id="a">A</h2>
    </mdx.StakingPage>
  )],
];

/** Exported components each case renders, beyond the one its name starts with. */
const ALSO_RENDERED = ["AlertEmoji", "AlertContent", "AlertTitle", "AlertDescription"];

describe(`hydration under React ${expectedMajor}x`, () => {
  it("covers every exported component", async () => {
    const [main, mdx] = await Promise.all([import("../../src/index"), import("../../src/mdx/index")]);
    const exported = Object.entries({ ...main, ...mdx })
      .filter(([name, value]) => /^[A-Z][a-z]/.test(name) && name !== "PageError")
      .filter(([, value]) => typeof value === "function" || (typeof value === "object" && value !== null && "$$typeof" in value))
      .map(([name]) => name);
    const covered = new Set([...CASES.map(([name]) => name.split(/[ (]/)[0]!), ...ALSO_RENDERED, "StakingPage"]);
    expect(exported.filter((name) => !covered.has(name))).toEqual([]);
  });


  it("runs the React major this project is for, JSX runtime included", async () => {
    expect(reactVersion.startsWith(expectedMajor)).toBe(true);
    expect(reactDomVersion.startsWith(expectedMajor)).toBe(true);
    // evaluatePage compiles pages against `react/jsx-runtime`; its elements must be this major's.
    const runtime = await import("react/jsx-runtime");
    const elementType = expectedMajor === "18." ? "react.element" : "react.transitional.element";
    expect((runtime.jsx("b", {}) as unknown as { $$typeof: symbol }).$$typeof).toBe(Symbol.for(elementType));
  });

  it.each(CASES)("%s hydrates without warnings or errors", async (_name, build, expectedWarning) => {
    const result = await serverRenderAndHydrate(libraries, build);
    expect(result.html.length).toBeGreaterThan(0);
    if (expectedWarning) {
      // Printed once by the server copy and once by the client copy, and nothing else.
      expect(result.messages).toHaveLength(2);
      for (const message of result.messages) expect(message).toMatch(expectedWarning);
    } else {
      expect(result.messages).toEqual([]);
    }
    expect(result.recoverable).toEqual([]);
    // The hydrated DOM is the server's: nothing was re-created on the client.
    expect(result.container.firstElementChild).not.toBeNull();
    await act(async () => result.root.unmount());
  });

  it("detects a real mismatch (the harness can fail)", async () => {
    let calls = 0;
    const result = await serverRenderAndHydrate(libraries, ({ Card }) => <Card title={calls++ === 0 ? "server" : "client"} />);
    expect([...result.messages, ...result.recoverable].join("\n")).toMatch(/hydrat|did not match|server/i);
    await act(async () => result.root.unmount());
  });
});
