import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { productFlags, type ProductFlag } from "../../src/content/flags";
import {
  DEFAULT_PRODUCT_SEED,
  hashString,
  orderProducts,
  productScore,
  rankProducts,
  tieBreakKey,
} from "../../src/content/ordering";
import { STAKING_PRODUCTS } from "../../src/content/products";
import { PRODUCT_CATEGORIES, type StakingProduct } from "../../src/content/types";

function product(id: string, overrides: Partial<StakingProduct> = {}): StakingProduct {
  return {
    id,
    name: id,
    url: `https://example.com/${id}`,
    launchDate: "2020-01-01",
    audits: [],
    minEth: 0,
    tokens: [],
    platforms: [],
    interfaces: [],
    socials: {},
    isOpenSource: false,
    hasBugBounty: false,
    isTrustless: false,
    isPermissionless: false,
    hasPermissionlessNodes: false,
    isMultiClient: false,
    isSelfCustody: false,
    ...overrides,
  };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  // A deterministic Fisher–Yates for the test's own permutations.
  const copy = [...items];
  let state = seed >>> 0 || 1;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

const ids = (list: readonly StakingProduct[]) => list.map((p) => p.id);

describe("productScore", () => {
  it("counts valid flags, battle tested and both diversity flags twice", () => {
    const flags: ProductFlag[] = [
      { id: "open-source", state: "valid" },
      { id: "audited", state: "valid" },
      { id: "battle-tested", state: "valid" },
      { id: "execution-diversity", state: "valid" },
      { id: "consensus-diversity", state: "valid" },
    ];
    expect(productScore(flags)).toBe(2 + 2 + 2 + 2);
  });

  it("gives nothing for caution, warning, false or unknown", () => {
    expect(
      productScore([
        { id: "battle-tested", state: "caution" },
        { id: "execution-diversity", state: "warning" },
        { id: "open-source", state: "false" },
        { id: "consensus-diversity", state: "unknown" },
      ]),
    ).toBe(0);
    expect(productScore([])).toBe(0);
  });

  it("scores real products from their flags", () => {
    const rocketPool = STAKING_PRODUCTS.pools.find((p) => p.id === "rocket-pool")!;
    // open source, audited, bug bounty, battle tested (2), trustless, permissionless nodes, liquidity token;
    // the diversity shares are unknown.
    expect(productScore(productFlags(rocketPool, "pools"))).toBe(8);
  });
});

describe("orderProducts", () => {
  const strong = product("strong", { isOpenSource: true, hasBugBounty: true, audits: [{ name: "A", url: "https://a" }] });
  const middle = product("middle", { isOpenSource: true });
  const weak = product("weak", { launchDate: "2099-01-01" });
  const ties = ["a", "b", "c", "d", "e", "f", "g", "h"].map((id) => product(id));

  it("sorts by score, highest first", () => {
    expect(ids(orderProducts([weak, middle, strong], "pools"))).toEqual(["strong", "middle", "weak"]);
  });

  it("returns a permutation of its input and does not change it", () => {
    const input = [weak, ...ties, middle, strong];
    const before = [...input];
    const ordered = orderProducts(input, "pools", { seed: 7 });
    expect(input).toEqual(before);
    expect([...ids(ordered)].sort()).toEqual([...ids(input)].sort());
  });

  it("is stable for a seed, whatever the input order", () => {
    const input = [...ties, strong, middle, weak];
    const reference = ids(orderProducts(input, "saas", { seed: "page-1" }));
    for (let round = 1; round <= 20; round += 1) {
      expect(ids(orderProducts(shuffled(input, round), "saas", { seed: "page-1" }))).toEqual(reference);
    }
  });

  it("lets different seeds reorder ties, but never across scores", () => {
    const input = [strong, ...ties, weak];
    const a = ids(orderProducts(input, "pools", { seed: "a" }));
    const b = ids(orderProducts(input, "pools", { seed: "b" }));
    expect(a).not.toEqual(b);
    expect(a[0]).toBe("strong");
    expect(b[0]).toBe("strong");
    expect(a.at(-1)).toBe("weak");
    expect(b.at(-1)).toBe("weak");
  });

  it("uses a fixed default seed and no randomness", () => {
    const random = vi.spyOn(Math, "random");
    const byDefault = ids(orderProducts(ties, "pools"));
    expect(ids(orderProducts(ties, "pools", { seed: DEFAULT_PRODUCT_SEED }))).toEqual(byDefault);
    expect(ids(orderProducts(ties, "pools"))).toEqual(byDefault);
    expect(random).not.toHaveBeenCalled();
    random.mockRestore();
  });

  it("with distinct scores the order depends on neither input order nor seed (property)", () => {
    // Each product gets a different number of valid flags, so every score is distinct.
    const keys = ["isOpenSource", "hasBugBounty", "isTrustless", "hasPermissionlessNodes"] as const;
    const distinct = keys.map((_, count) =>
      product(`p${count}`, Object.fromEntries(keys.slice(0, count).map((key) => [key, true]))),
    );
    const expected = ids(orderProducts(distinct, "pools"));
    expect(expected).toEqual(["p3", "p2", "p1", "p0"]);
    fc.assert(
      fc.property(fc.shuffledSubarray(distinct, { minLength: distinct.length }), fc.string(), (order, seed) => {
        expect(ids(orderProducts(order, "pools", { seed }))).toEqual(expected);
      }),
    );
  });

  it("orders every built-in category the same way on every call", () => {
    for (const category of PRODUCT_CATEGORIES) {
      const first = ids(orderProducts(STAKING_PRODUCTS[category], category));
      expect(ids(orderProducts([...STAKING_PRODUCTS[category]].reverse(), category))).toEqual(first);
    }
  });
});

describe("hashing", () => {
  it("is a 32-bit unsigned integer, fixed for a given input", () => {
    expect(hashString("")).toBe(hashString(""));
    expect(Number.isInteger(hashString("rocket-pool"))).toBe(true);
    expect(hashString("rocket-pool")).toBeGreaterThanOrEqual(0);
    expect(hashString("rocket-pool")).toBeLessThan(2 ** 32);
  });

  it("keeps seed and id apart", () => {
    expect(tieBreakKey("ab", "c")).not.toBe(tieBreakKey("a", "bc"));
    expect(tieBreakKey(1, "lido")).toBe(tieBreakKey("1", "lido"));
  });
});
