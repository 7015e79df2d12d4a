// One entry per exported component: how to generate its props, how to render it, and which props
// must produce a development warning naming them when the generated value is invalid.
import fc from "fast-check";
import type { ReactElement } from "react";
import * as Library from "../../src/index";
import { markdownElements } from "../../src/mdx/elements/index";
import { StakingPage } from "../../src/mdx/staking-page/staking-page";
import { UnknownComponent } from "../../src/mdx/unknown-component";
import { productProblem } from "../../src/components/staking-products-card-grid/validate-product";
import { parseDate } from "../../src/content/flags";
import { considerationsFor } from "../../src/content/considerations";
import { anything, attributeJunk, dataEntry, headingLevel, localeProps, nativeProps, node, number, oneOfOrJunk, props, text, url } from "./arbitraries";

type Props = Record<string, unknown>;

export interface ComponentSpec {
  name: string;
  /** Exported components this spec renders (default: the name). */
  covers?: string[];
  props: fc.Arbitrary<Props>;
  render: (props: Props) => ReactElement;
  /**
   * The props a development warning must name for these generated props (as `prop` in
   * backticks, or `prop[index]` for data lists). Only values that are invalid without doubt.
   */
  mustWarn: (props: Props) => string[];
}

const has = (value: unknown, allowed: readonly unknown[]) => allowed.includes(value);
const badLevel = (value: unknown) => value !== undefined && !(Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 6);
const badEnum = (value: unknown, allowed: readonly unknown[]) => value !== undefined && !has(value, allowed);
const nonEmptyString = (value: unknown) => typeof value === "string" && value.trim() !== "";
const when = (condition: boolean, ...names: string[]) => (condition ? names : []);

const PAGES = ["solo", "saas", "pools"] as const;
const CATEGORIES = ["pools", "saas", "nodeTools", "keyGen"] as const;
const pool = Library.STAKING_PRODUCTS.pools;

/** Product entries: real ones, real ones with one field broken, and junk. */
const productEntry = fc.oneof(
  { arbitrary: fc.constantFrom(...pool.slice(0, 3)), weight: 3 },
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom(...pool.slice(0, 3)),
        fc.constantFrom("id", "name", "url", "logo", "launchDate", "audits", "minEth", "tokens", "platforms", "socials", "isOpenSource", "executionClientMajorityShare"),
        fc.oneof(anything, url, number),
      )
      .map(([product, key, value]) => ({ ...product, [key]: value })),
    weight: 4,
  },
  { arbitrary: dataEntry, weight: 2 },
);
const products = fc.oneof(
  { arbitrary: fc.array(productEntry, { maxLength: 4 }), weight: 8 },
  { arbitrary: anything, weight: 2 },
  { arbitrary: fc.constant(undefined), weight: 1 },
);

const platformEntry = fc.oneof(
  fc.constantFrom(...Library.RESTAKING_PLATFORMS),
  props({ id: fc.oneof(text, anything), name: fc.oneof(text, anything), url, logo: url, kind: fc.oneof(text, anything), description: fc.oneof(text, anything) }),
  dataEntry,
);

const tabEntry = fc.oneof(
  props({ value: fc.oneof(fc.constantFrom("a", "b", "a b", "with-restaking"), text, anything), label: fc.oneof(node, anything), content: fc.oneof(node, anything) }),
  dataEntry,
);

const date = fc.oneof(fc.constantFrom("2024-01-01", "2020-02-30", "not a date", ""), fc.date({ noInvalidDate: false }), anything);
const localized = (extra: Record<string, fc.Arbitrary<unknown>>) => props({ ...localeProps, ...nativeProps, ...extra });

const SPECS: ComponentSpec[] = [
  {
    name: "Card",
    props: props({ ...nativeProps, title: node, description: node, emoji: fc.oneof(text, fc.constantFrom("🐟", ":stopwatch:", ":nope:"), anything), headingLevel, children: node }),
    render: (p) => <Library.Card {...p} />,
    mustWarn: (p) => when(badLevel(p.headingLevel), "headingLevel"),
  },
  {
    name: "CardGrid",
    props: props({ ...nativeProps, minColumnWidth: oneOfOrJunk(["sm", "md", "lg"]), gap: oneOfOrJunk(["sm", "md", "lg"]), children: node }),
    render: (p) => <Library.CardGrid {...p} />,
    mustWarn: (p) => [...when(badEnum(p.minColumnWidth, ["sm", "md", "lg"]), "minColumnWidth"), ...when(badEnum(p.gap, ["sm", "md", "lg"]), "gap")],
  },
  {
    name: "ExpandableCard",
    props: localized({ title: node, contentPreview: node, icon: node, defaultOpen: fc.oneof(fc.boolean(), anything), open: fc.oneof(fc.boolean(), anything), headingLevel, children: node }),
    render: (p) => <Library.ExpandableCard {...(p as { title: string })} />,
    mustWarn: (p) => [...when(badLevel(p.headingLevel), "headingLevel"), ...when(p.title == null || p.title === "" || p.title === false, "title")],
  },
  {
    name: "Alert",
    props: props({ ...nativeProps, variant: oneOfOrJunk(["info", "success", "warning", "error", "update"]), live: oneOfOrJunk(["polite", "assertive"]), children: node }),
    render: (p) => <Library.Alert {...p} />,
    mustWarn: (p) => [
      ...when(badEnum(p.variant, ["info", "success", "warning", "error", "update"]), "variant"),
      ...when(badEnum(p.live, ["polite", "assertive"]), "live"),
    ],
  },
  {
    name: "AlertEmoji, AlertContent, AlertTitle, AlertDescription",
    covers: ["AlertEmoji", "AlertContent", "AlertTitle", "AlertDescription"],
    props: props({ text: fc.oneof(text, fc.constantFrom("💡", ":bulb:"), anything), headingLevel, title: node, description: node }),
    render: (p) => (
      <Library.Alert>
        <Library.AlertEmoji text={p.text as string} />
        <Library.AlertContent>
          <Library.AlertTitle headingLevel={p.headingLevel as 2}>{p.title as string}</Library.AlertTitle>
          <Library.AlertDescription>{p.description as string}</Library.AlertDescription>
        </Library.AlertContent>
      </Library.Alert>
    ),
    mustWarn: (p) => [...when(badLevel(p.headingLevel), "headingLevel"), ...when(!nonEmptyString(p.text), "text")],
  },
  {
    name: "ButtonLink",
    props: props({ ...nativeProps, href: url, to: url, variant: oneOfOrJunk(["solid", "outline", "ghost", "link"]), size: oneOfOrJunk(["sm", "md", "lg"]), isSecondary: fc.oneof(fc.boolean(), anything), children: node }),
    render: (p) => <Library.ButtonLink {...p} />,
    mustWarn: (p) => {
      const destination = p.href ?? p.to;
      return [
        ...when(badEnum(p.variant, ["solid", "outline", "ghost", "link"]), "variant"),
        ...when(badEnum(p.size, ["sm", "md", "lg"]), "size"),
        ...when(Library.safeHref(destination) === undefined, p.href === undefined && p.to !== undefined ? "to" : "href"),
      ];
    },
  },
  {
    name: "SafeLink",
    props: props({ ...nativeProps, href: url, rel: fc.oneof(text, number), children: node }),
    render: (p) => <Library.SafeLink {...p} />,
    mustWarn: (p) => when(p.href !== undefined && Library.safeHref(p.href) === undefined, "href"),
  },
  {
    name: "YouTube",
    props: localized({ id: fc.oneof(fc.constantFrom("dQw4w9WgXcQ", "abc", "dQw4w9WgXcQ?x=1"), text, anything), start: fc.oneof(fc.nat(), number, fc.constantFrom("90", "-5", "1e3", "x"), anything) }),
    render: (p) => <Library.YouTube {...(p as { id: string })} />,
    mustWarn: (p) => [
      ...when(!(typeof p.id === "string" && /^[A-Za-z0-9_-]{11}$/.test(p.id)), "id"),
      // Clearly invalid starts only: negative or not-a-number numbers, and values of other types.
      ...when(
        (typeof p.start === "number" && !(p.start >= 0 && Number.isFinite(p.start))) ||
          (p.start !== undefined && p.start !== null && typeof p.start !== "number" && typeof p.start !== "string"),
        "start",
      ),
    ],
  },
  {
    name: "Emoji",
    props: props({ ...nativeProps, text: fc.oneof(text, fc.constantFrom("🐟", ":stopwatch:", ":unknown_code:"), anything), label: fc.oneof(text, anything) }),
    render: (p) => <Library.Emoji {...(p as { text: string })} />,
    mustWarn: (p) => when(!nonEmptyString(p.text), "text"),
  },
  {
    name: "Monogram",
    props: props({ ...nativeProps, name: fc.oneof(text, anything), label: fc.oneof(text, anything), style: fc.oneof(fc.constant({ color: "red" }), fc.constant(undefined)) }),
    render: (p) => <Library.Monogram {...(p as { name: string })} />,
    mustWarn: (p) => when(!nonEmptyString(p.name), "name"),
  },
  {
    name: "StakingComparison",
    props: localized({ page: oneOfOrJunk(PAGES), headingLevel }),
    render: (p) => <Library.StakingComparison {...(p as { page: "solo" })} />,
    mustWarn: (p) => (has(p.page, PAGES) ? when(badLevel(p.headingLevel), "headingLevel") : ["page"]),
  },
  {
    name: "StakingConsiderations",
    props: localized({
      page: oneOfOrJunk(PAGES),
      value: fc.oneof(fc.constantFrom("audited", "open-source", "economical", "self-custody"), anything),
      defaultValue: fc.oneof(fc.constantFrom("audited", "liquidity-token", "multi-client"), anything),
      layout: oneOfOrJunk(["auto", "vertical", "compact"]),
      headingLevel,
    }),
    render: (p) => <Library.StakingConsiderations {...(p as { page: "solo" })} />,
    mustWarn: (p) => {
      const layout = when(badEnum(p.layout, ["auto", "vertical", "compact"]), "layout");
      if (!has(p.page, PAGES)) return ["page", ...layout];
      const ids = considerationsFor(p.page as "solo").map((item) => item.id as unknown);
      const selection =
        p.value !== undefined ? when(!ids.includes(p.value), "value") : when(p.defaultValue !== undefined && !ids.includes(p.defaultValue), "defaultValue");
      return [...layout, ...selection, ...when(badLevel(p.headingLevel), "headingLevel")];
    },
  },
  {
    name: "StakingProductsCardGrid",
    props: localized({ category: oneOfOrJunk(CATEGORIES), products, seed: fc.oneof(text, number, anything), asOf: date, headingLevel }),
    render: (p) => <Library.StakingProductsCardGrid {...(p as { category: "pools" })} />,
    mustWarn: (p) => {
      if (!has(p.category, CATEGORIES)) return ["category"];
      if (p.products !== undefined && !Array.isArray(p.products)) return ["products"];
      const entries = (p.products ?? []) as unknown[];
      const broken = entries.some((entry) => productProblem(entry) !== undefined);
      return [
        ...when(broken, "products["),
        ...when(p.asOf !== undefined && parseDate(p.asOf) === undefined, "asOf"),
        ...when(p.seed !== undefined && typeof p.seed !== "string" && !(typeof p.seed === "number" && Number.isFinite(p.seed)), "seed"),
      ];
    },
  },
  {
    name: "StakingProductCard",
    props: localized({ category: oneOfOrJunk(CATEGORIES), product: productEntry, asOf: date, headingLevel }),
    render: (p) => <Library.StakingProductCard {...(p as { category: "pools"; product: Library.StakingProductCardProps["product"] })} />,
    mustWarn: (p) => {
      if (!has(p.category, CATEGORIES)) return ["category"];
      if (productProblem(p.product) !== undefined) return ["product"];
      return [...when(p.asOf !== undefined && parseDate(p.asOf) === undefined, "asOf"), ...when(badLevel(p.headingLevel), "headingLevel")];
    },
  },
  {
    name: "ProductDisclaimer",
    props: localized({ children: node }),
    render: (p) => <Library.ProductDisclaimer {...p} />,
    mustWarn: () => [],
  },
  {
    name: "RestakingList",
    props: localized({ platforms: fc.oneof(fc.array(platformEntry, { maxLength: 4 }), anything, fc.constant(undefined)), headingLevel }),
    render: (p) => <Library.RestakingList {...p} />,
    mustWarn: (p) => [
      ...when(badLevel(p.headingLevel), "headingLevel"),
      ...when(p.platforms !== undefined && (!Array.isArray(p.platforms) || p.platforms.length === 0), "platforms"),
    ],
  },
  {
    name: "TabbedSection",
    props: localized({
      tabs: fc.oneof(fc.array(tabEntry, { maxLength: 4 }), anything, fc.constant(undefined)),
      defaultValue: fc.oneof(fc.constantFrom("with-restaking", "without-restaking", "a"), anything),
      value: fc.oneof(fc.constantFrom("with-restaking", "without-restaking", "b"), anything),
      listLabel: attributeJunk,
    }),
    render: (p) => <Library.TabbedSection {...p} />,
    mustWarn: (p) => {
      if (p.tabs !== undefined) return when(!Array.isArray(p.tabs) || p.tabs.length === 0, "tabs");
      const known = ["with-restaking", "without-restaking"] as unknown[];
      return [...when(p.defaultValue !== undefined && !known.includes(p.defaultValue), "defaultValue"), ...when(p.value !== undefined && !known.includes(p.value), "value")];
    },
  },
  {
    name: "TabbedSectionBase",
    props: localized({
      tabs: fc.oneof(fc.array(tabEntry, { maxLength: 4 }), anything),
      defaultValue: fc.oneof(fc.constantFrom("a", "b"), anything),
      value: fc.oneof(fc.constantFrom("a", "b"), anything),
      listLabel: attributeJunk,
    }),
    render: (p) => <Library.TabbedSectionBase {...(p as { tabs: [] })} />,
    mustWarn: (p) => when(!Array.isArray(p.tabs) || p.tabs.length === 0, "tabs"),
  },
  {
    name: "WithRestakingDiagram, WithoutRestakingDiagram",
    covers: ["WithRestakingDiagram", "WithoutRestakingDiagram"],
    props: localized({}),
    render: (p) => (
      <>
        <Library.WithRestakingDiagram {...p} />
        <Library.WithoutRestakingDiagram {...p} />
      </>
    ),
    mustWarn: () => [],
  },
  {
    name: "StakingUIProvider",
    props: props({
      ...localeProps,
      resolveHref: fc.oneof(fc.constant((path: string) => `/zh${path}`), fc.constant(() => "javascript:alert(1)"), fc.constant(() => 42), anything),
      linkComponent: fc.oneof(fc.constant("a"), fc.constant(undefined), anything),
    }),
    render: (p) => (
      <Library.StakingUIProvider {...p}>
        <Library.ButtonLink href="/staking/">Internal</Library.ButtonLink>
        <Library.StakingComparison page="solo" />
        <Library.ProductDisclaimer />
      </Library.StakingUIProvider>
    ),
    mustWarn: (p) => when(p.dir !== undefined && !has(p.dir, ["ltr", "rtl"]), "dir"),
  },
  {
    name: "StakingPage",
    props: localized({
      frontmatter: fc.oneof(
        props({ title: fc.oneof(text, anything), description: fc.oneof(text, anything), emoji: fc.oneof(text, anything), summaryPoints: fc.oneof(fc.array(fc.oneof(text, anything), { maxLength: 3 }), anything), buttons: fc.oneof(fc.array(fc.oneof(props({ content: fc.oneof(text, anything), href: url, toId: fc.oneof(text, anything), isSecondary: anything }), anything), { maxLength: 3 }), anything) }),
        anything,
      ),
      headings: fc.oneof(fc.array(fc.oneof(props({ id: fc.oneof(text, anything), text: fc.oneof(text, anything), level: fc.oneof(fc.integer({ min: 1, max: 4 }), anything) }), anything), { maxLength: 4 }), anything),
      children: node,
    }),
    render: (p) => <StakingPage {...p} />,
    mustWarn: () => [],
  },
  {
    name: "Markdown elements (a, img, h2, p, table) and UnknownComponent",
    covers: ["UnknownComponent"],
    props: props({ href: url, src: url, srcSet: fc.oneof(url, fc.constantFrom("a.png 1x, b.png 2x")), alt: fc.oneof(text, anything), id: attributeJunk, children: node, component: fc.oneof(text, attributeJunk) }),
    render: (p) => (
      <>
        <markdownElements.h2 id={p.id as string}>{p.children as string}</markdownElements.h2>
        <markdownElements.p>
          <markdownElements.a href={p.href as string}>{p.children as string}</markdownElements.a>
        </markdownElements.p>
        <markdownElements.img src={p.src as string} srcSet={p.srcSet as string} alt={p.alt as string} />
        <markdownElements.table>
          <tbody>
            <tr>
              <td>{p.children as string}</td>
            </tr>
          </tbody>
        </markdownElements.table>
        <UnknownComponent component={p.component as string}>{p.children as string}</UnknownComponent>
      </>
    ),
    mustWarn: (p) => [
      ...when(p.href !== undefined && Library.safeHref(p.href) === undefined, "href"),
      ...when(Library.safeHref(p.src) === undefined, "src"),
    ],
  },
];

const PRIMITIVES = new Set(["Card", "CardGrid", "ExpandableCard", "Alert", "AlertEmoji, AlertContent, AlertTitle, AlertDescription", "ButtonLink", "SafeLink", "YouTube", "Emoji", "Monogram", "StakingUIProvider"]);

/** Every exported component some spec renders. */
export const COVERED = new Set(SPECS.flatMap((spec) => spec.covers ?? [spec.name]));

/** Two halves, one per test file, so the two halves run in parallel. */
export const PRIMITIVE_SPECS = SPECS.filter((spec) => PRIMITIVES.has(spec.name));
export const STAKING_SPECS = SPECS.filter((spec) => !PRIMITIVES.has(spec.name));
