import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATEGORY_FLAGS, productFlags } from "../../src/content/flags";
import { FLAG_WEIGHTS, orderProducts, productScore, rankProducts } from "../../src/content/ordering";
import { PRODUCT_CATEGORIES, type FlagId, type ProductCategory, type StakingProduct } from "../../src/content/types";
import { anything, dataEntry, number, text } from "./arbitraries";
import { countCase, fuzzParameters, NUM_RUNS } from "./run";

const STATES = ["valid", "caution", "warning", "false", "unknown"];
const category = fc.constantFrom(...PRODUCT_CATEGORIES);
const isoDay = fc.date({ min: new Date("2015-01-01"), max: new Date("2027-12-31"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const share = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined });

/** Products with the right types and arbitrary facts (ids are made unique where it matters). */
const product: fc.Arbitrary<StakingProduct> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 8 }),
  name: fc.string({ minLength: 1, maxLength: 8 }),
  url: fc.constant("https://example.org/"),
  launchDate: fc.oneof(isoDay, fc.constantFrom("", "not a date")),
  audits: fc.array(fc.record({ name: fc.constant("Audit"), url: fc.constant("https://audit.example/") }), { maxLength: 2 }),
  minEth: fc.option(fc.oneof(fc.double({ min: 0, max: 64, noNaN: true }), fc.constantFrom(0, 32)), { nil: undefined }),
  tokens: fc.array(fc.constantFrom("rETH", "stETH"), { maxLength: 2 }),
  platforms: fc.constant([]),
  interfaces: fc.constant([]),
  socials: fc.constant({}),
  isOpenSource: fc.boolean(),
  hasBugBounty: fc.boolean(),
  isTrustless: fc.boolean(),
  isPermissionless: fc.boolean(),
  hasPermissionlessNodes: fc.boolean(),
  isMultiClient: fc.boolean(),
  isSelfCustody: fc.boolean(),
  executionClientMajorityShare: share,
  consensusClientMajorityShare: share,
});

/** Anything shaped roughly like a product: fields of every type, or not an object at all. */
const junkProduct = fc.oneof(
  fc.record(
    {
      id: fc.oneof(text, anything),
      launchDate: fc.oneof(isoDay, anything),
      audits: anything,
      minEth: fc.oneof(number, anything),
      tokens: anything,
      isOpenSource: anything,
      isTrustless: anything,
      executionClientMajorityShare: fc.oneof(number, anything),
    },
    { requiredKeys: [] },
  ),
  dataEntry,
);

const uniqueProducts = fc.uniqueArray(product, { selector: (entry) => entry.id, maxLength: 12 });
const seed = fc.oneof(fc.string({ maxLength: 8 }), fc.integer());
const asOf = fc.oneof(isoDay, fc.constant(undefined));

const weight = (id: FlagId) => FLAG_WEIGHTS[id] ?? 1;

describe(`data helpers (${NUM_RUNS} generated inputs per property)`, () => {
  it("productFlags: the category's flags, in its order, each with a known state; never throws", () => {
    fc.assert(
      fc.property(fc.oneof(product, junkProduct), category, asOf, (entry, name, date) => {
        countCase("productFlags");
        const flags = productFlags(entry as StakingProduct, name, { asOf: date });
        expect(flags.map((flag) => flag.id)).toEqual(CATEGORY_FLAGS[name]);
        for (const flag of flags) expect(STATES).toContain(flag.state);
        expect(productFlags(entry as StakingProduct, name, { asOf: date })).toEqual(flags);
      }),
      fuzzParameters(),
    );
  });

  it("productFlags: an unknown category has no flags", () => {
    fc.assert(
      fc.property(product, fc.oneof(text, anything), (entry, name) => {
        fc.pre(!(PRODUCT_CATEGORIES as readonly unknown[]).includes(name));
        countCase("productFlags");
        expect(productFlags(entry, name as ProductCategory)).toEqual([]);
      }),
      fuzzParameters(),
    );
  });

  it("productScore: the weights of the valid flags, between 0 and the category's maximum", () => {
    fc.assert(
      fc.property(product, category, (entry, name) => {
        countCase("productScore");
        const flags = productFlags(entry, name);
        const score = productScore(flags);
        const expected = flags.filter((flag) => flag.state === "valid").reduce((sum, flag) => sum + weight(flag.id), 0);
        expect(score).toBe(expected);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(CATEGORY_FLAGS[name].reduce((sum, id) => sum + weight(id), 0));
      }),
      fuzzParameters(),
    );
  });

  it("orderProducts: a permutation, best score first, the same for the same seed, and independent of input order", () => {
    const shuffled = uniqueProducts.chain((list) =>
      fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
    );
    fc.assert(
      fc.property(shuffled, category, seed, asOf, ([list, reordered], name, tie, date) => {
        countCase("orderProducts");
        const before = [...list];
        const ordered = orderProducts(list, name, { seed: tie, asOf: date });
        // A permutation of the input, which is left as it was.
        expect(ordered).toHaveLength(list.length);
        expect(new Set(ordered)).toEqual(new Set(list));
        expect(list).toEqual(before);
        // Best score first.
        const scores = ordered.map((entry) => productScore(productFlags(entry, name, { asOf: date })));
        for (let index = 1; index < scores.length; index += 1) expect(scores[index - 1]).toBeGreaterThanOrEqual(scores[index]!);
        // Stable for a seed, and the input order does not matter (ids are distinct).
        expect(orderProducts(list, name, { seed: tie, asOf: date })).toEqual(ordered);
        expect(orderProducts(reordered, name, { seed: tie, asOf: date }).map((entry) => entry.id)).toEqual(ordered.map((entry) => entry.id));
        // rankProducts reports the same scores it ordered by.
        expect(rankProducts(list, name, { seed: tie, asOf: date }).map((entry) => entry.score)).toEqual(scores);
      }),
      fuzzParameters(),
    );
  });

  it("orderProducts: with distinct scores the seed does not matter", () => {
    fc.assert(
      fc.property(uniqueProducts, category, seed, seed, (list, name, first, second) => {
        const scores = list.map((entry) => productScore(productFlags(entry, name)));
        fc.pre(new Set(scores).size === scores.length);
        countCase("orderProducts");
        const ids = (tie: string | number) => orderProducts(list, name, { seed: tie }).map((entry) => entry.id);
        expect(ids(first)).toEqual(ids(second));
      }),
      { ...fuzzParameters(), maxSkipsPerRun: 1000 },
    );
  });

  it("orderProducts and rankProducts never throw on malformed entries, and keep every entry", () => {
    fc.assert(
      fc.property(fc.array(junkProduct, { maxLength: 6 }), category, fc.oneof(seed, anything), (list, name, tie) => {
        countCase("orderProducts");
        const ordered = orderProducts(list as StakingProduct[], name, { seed: tie as string });
        expect(ordered).toHaveLength(list.length);
        expect(new Set(ordered)).toEqual(new Set(list));
      }),
      fuzzParameters(),
    );
  });
});
