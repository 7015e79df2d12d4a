// Generators of the values sites and content really pass by mistake: wrong types, unknown enum
// values, empty and very long strings, mixed scripts and right-to-left text, odd numbers and
// malformed data entries. Sizes stay small so a thousand cases per component run in seconds.
import fc from "fast-check";
import type { ReactNode } from "react";
import { HOSTILE_URLS } from "../security/hostile-urls";

const SAMPLES = [
  "",
  " ",
  "\t\n",
  "质押池 staking pools",
  "مرحبا بالعالم — إعادة التخزين",
  "שלום עולם",
  "\u202Eevil\u202C",
  "اختبار 123 test",
  "Ελληνικά",
  "👩🏽‍💻🙂‍↔️🇺🇳",
  "a\u0301\u0302\u0303",
  "\u200B\u200C\u200D\uFEFF",
  "\uD800 lone surrogate",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "{name} {{x}} %s",
  "__proto__",
  "constructor",
  "toString",
];

const LONG = ["x".repeat(10_000), "质押".repeat(2_500), "word ".repeat(2_000), "ع".repeat(5_000)];

/** Any string a site or a CMS might send. */
export const text: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ maxLength: 16 }), weight: 3 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 8 }), weight: 1 },
  { arbitrary: fc.constantFrom(...SAMPLES), weight: 3 },
  { arbitrary: fc.constantFrom(...LONG), weight: 1 },
);

/** Numbers, including the ones that break arithmetic and formatting. */
export const number: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -10, max: 10 }),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER + 2, 1e21, -1, 3.5, 7),
);

function cyclic(): Record<string, unknown> {
  const value: Record<string, unknown> = { name: "cycle" };
  value.self = value;
  return value;
}

const oddities = fc.constantFrom<unknown>(
  null,
  undefined,
  true,
  false,
  Symbol("junk"),
  10n ** 30n,
  new Date(Number.NaN),
  new Date(0),
  /regex/g,
  new Map([["a", 1]]),
  cyclic(),
  () => "function",
  [],
  {},
);

/**
 * Anything at all: primitives, odd objects and small nested structures of them. Objects without a
 * prototype are left to `dataEntry`: React itself throws when one reaches a DOM attribute, so they
 * only make sense where the library reads the data.
 */
export const anything: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { arbitrary: text, weight: 4 },
    { arbitrary: number, weight: 3 },
    { arbitrary: oddities, weight: 3 },
    { arbitrary: fc.array(tie("value"), { maxLength: 3 }), weight: 1 },
    // fast-check builds dictionaries without a prototype; spread gives them an ordinary one.
    { arbitrary: fc.dictionary(fc.constantFrom("id", "name", "url", "value", "label", "x", "__proto__"), tie("value"), { maxKeys: 3 }).map((entry) => ({ ...entry })), weight: 1 },
  ),
})).value;

/** A malformed entry of a data list: anything, or an object without a prototype. */
export const dataEntry: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: anything, weight: 5 },
  { arbitrary: fc.constant(null).map(() => Object.assign(Object.create(null) as object, { id: "x", name: "No prototype" })), weight: 1 },
);

const elements: ReactNode[] = [<b key="b">bold</b>, <span dir="rtl">عربي</span>, <a href="/staking/">link</a>];

/** Anything React can render as a child (ReactNode-typed props get these; React throws on others by design). */
export const node: fc.Arbitrary<ReactNode> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    { arbitrary: text, weight: 4 },
    { arbitrary: number, weight: 2 },
    { arbitrary: fc.constantFrom<ReactNode>(null, undefined, true, false, ...elements), weight: 2 },
    { arbitrary: fc.array(tie("node"), { maxLength: 3 }), weight: 1 },
  ),
})).node as fc.Arbitrary<ReactNode>;

/** A value from `allowed`, or anything else. */
export function oneOfOrJunk<T>(allowed: readonly T[]): fc.Arbitrary<unknown> {
  return fc.oneof(fc.constantFrom(...allowed), anything, text);
}

/** Heading levels: valid ones, near misses and junk. */
export const headingLevel = fc.oneof(fc.integer({ min: 1, max: 6 }), fc.constantFrom(0, 7, -1, 2.5, NaN, "2", "h2"), anything);

/** Safe URLs, the hostile table, and arbitrary text. */
export const url = fc.oneof(
  fc.constantFrom("https://example.org/", "/staking/", "#section", "?tab=1", "mailto:team@example.org", "//cdn.example.org/x"),
  fc.constantFrom(...HOSTILE_URLS.map((entry) => entry.url)),
  text,
  anything,
);

/** `locale`, `dir` and `messages`: every localized component takes them. */
export const localeProps = {
  locale: fc.oneof(fc.constantFrom("en", "zh", "ar", "ar-EG", "zh_TW", "he", "xx", ""), anything),
  dir: fc.oneof(fc.constantFrom("ltr", "rtl"), anything),
  messages: fc.oneof(fc.dictionary(text, fc.oneof(text, anything), { maxKeys: 3 }).map((entry) => ({ ...entry })), anything),
};

/**
 * Wrong values for attributes that go straight to the DOM. Not everything: React itself throws
 * when it turns a list holding a symbol into attribute text, and that is React's contract.
 */
export const attributeJunk = fc.oneof(text, number, fc.constantFrom<unknown>(null, true, false, Symbol("junk"), 10n, {}, { a: 1 }, ["a", "b"], () => "f"));

/** Native attributes every component spreads onto its root. */
export const nativeProps = {
  className: attributeJunk,
  id: fc.oneof(text, number),
  title: fc.oneof(text, number),
};

/** A record of optional props: each key is left out, valid, or junk. */
export function props<T extends Record<string, fc.Arbitrary<unknown>>>(shape: T) {
  return fc.record(shape, { requiredKeys: [] }) as fc.Arbitrary<{ [K in keyof T]?: unknown }>;
}
