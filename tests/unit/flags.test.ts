import { afterEach, describe, expect, it, vi } from "vitest";
import {
  CATEGORY_FLAGS,
  addMonthsUTC,
  battleTestedState,
  clientDiversityState,
  flagState,
  productFlags,
  resolveAsOf,
} from "../../src/content/flags";
import { PRODUCTS_DATA_AS_OF, STAKING_PRODUCTS } from "../../src/content/products";
import { PRODUCT_CATEGORIES, type FlagId, type StakingProduct } from "../../src/content/types";

function product(overrides: Partial<StakingProduct> = {}): StakingProduct {
  return {
    id: "p",
    name: "P",
    url: "https://example.com/",
    launchDate: "2020-01-01",
    audits: [{ name: "A", url: "https://example.com/a" }],
    minEth: 0,
    tokens: ["pETH"],
    platforms: [],
    interfaces: [],
    socials: {},
    isOpenSource: true,
    hasBugBounty: true,
    isTrustless: true,
    isPermissionless: true,
    hasPermissionlessNodes: true,
    isMultiClient: true,
    isSelfCustody: true,
    executionClientMajorityShare: 0.2,
    consensusClientMajorityShare: 0.3,
    ...overrides,
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("which flags each category shows", () => {
  it("pools, saas and the solo set, in the page order", () => {
    expect(CATEGORY_FLAGS.pools).toEqual([
      "open-source",
      "audited",
      "bug-bounty",
      "battle-tested",
      "trustless",
      "permissionless-nodes",
      "execution-diversity",
      "consensus-diversity",
      "liquidity-token",
    ]);
    expect(CATEGORY_FLAGS.saas).toEqual([
      "open-source",
      "audited",
      "bug-bounty",
      "battle-tested",
      "permissionless",
      "execution-diversity",
      "consensus-diversity",
      "self-custody",
    ]);
    const solo = [
      "open-source",
      "audited",
      "bug-bounty",
      "battle-tested",
      "trustless",
      "permissionless",
      "multi-client",
      "self-custody",
      "economical",
    ];
    expect(CATEGORY_FLAGS.nodeTools).toEqual(solo);
    expect(CATEGORY_FLAGS.keyGen).toEqual(solo);
  });

  it("productFlags returns the category's ids in order, each with a state", () => {
    for (const category of PRODUCT_CATEGORIES) {
      const flags = productFlags(product(), category);
      expect(flags.map((flag) => flag.id)).toEqual(CATEGORY_FLAGS[category]);
    }
  });

  it("an unknown category has no flags instead of throwing", () => {
    expect(productFlags(product(), "staking" as never)).toEqual([]);
    expect(productFlags(product(), "constructor" as never)).toEqual([]);
  });
});

describe("boolean facts", () => {
  const cases: Array<[FlagId, keyof StakingProduct]> = [
    ["open-source", "isOpenSource"],
    ["bug-bounty", "hasBugBounty"],
    ["trustless", "isTrustless"],
    ["permissionless", "isPermissionless"],
    ["permissionless-nodes", "hasPermissionlessNodes"],
    ["multi-client", "isMultiClient"],
    ["self-custody", "isSelfCustody"],
  ];
  it.each(cases)("%s: true is valid, false is false, missing or mistyped is unknown", (id, key) => {
    expect(flagState(product({ [key]: true }), id)).toBe("valid");
    expect(flagState(product({ [key]: false }), id)).toBe("false");
    expect(flagState(product({ [key]: undefined }), id)).toBe("unknown");
    expect(flagState(product({ [key]: "yes" as never }), id)).toBe("unknown");
  });
});

describe("list facts", () => {
  it("audited: at least one audit", () => {
    expect(flagState(product(), "audited")).toBe("valid");
    expect(flagState(product({ audits: [] }), "audited")).toBe("false");
    expect(flagState(product({ audits: undefined as never }), "audited")).toBe("unknown");
  });

  it("liquidity token: has tokens", () => {
    expect(flagState(product({ tokens: ["rETH"] }), "liquidity-token")).toBe("valid");
    expect(flagState(product({ tokens: [] }), "liquidity-token")).toBe("false");
    expect(flagState(product({ tokens: "rETH" as never }), "liquidity-token")).toBe("unknown");
  });
});

describe("economical", () => {
  it("is valid below 32 ETH, false at or above it, unknown without a number", () => {
    expect(flagState(product({ minEth: 0 }), "economical")).toBe("valid");
    expect(flagState(product({ minEth: 31.99 }), "economical")).toBe("valid");
    expect(flagState(product({ minEth: 32 }), "economical")).toBe("false");
    expect(flagState(product({ minEth: 64 }), "economical")).toBe("false");
    expect(flagState(product({ minEth: undefined }), "economical")).toBe("unknown");
    expect(flagState(product({ minEth: Number.NaN }), "economical")).toBe("unknown");
    expect(flagState(product({ minEth: -1 }), "economical")).toBe("unknown");
  });
});

describe("client diversity", () => {
  it("a majority share above one half is a warning; exactly one half is still valid", () => {
    expect(clientDiversityState(0.51)).toBe("warning");
    expect(clientDiversityState(1)).toBe("warning");
    expect(clientDiversityState(0.5)).toBe("valid");
    expect(clientDiversityState(0.5000001)).toBe("warning");
    expect(clientDiversityState(0)).toBe("valid");
  });

  it("missing, NaN or out-of-range shares are unknown", () => {
    expect(clientDiversityState(undefined)).toBe("unknown");
    expect(clientDiversityState(Number.NaN)).toBe("unknown");
    expect(clientDiversityState(67)).toBe("unknown");
    expect(clientDiversityState(-0.1)).toBe("unknown");
    expect(clientDiversityState("0.2")).toBe("unknown");
  });

  it("uses the execution share for execution diversity and the consensus share for consensus", () => {
    const p = product({ executionClientMajorityShare: 0.7, consensusClientMajorityShare: undefined });
    expect(flagState(p, "execution-diversity")).toBe("warning");
    expect(flagState(p, "consensus-diversity")).toBe("unknown");
  });
});

describe("battle tested", () => {
  const launch = "2024-03-15";

  it("more than one year is valid; exactly one year is caution", () => {
    expect(battleTestedState(launch, "2025-03-16")).toBe("valid");
    expect(battleTestedState(launch, "2025-03-15T00:00:00.001Z")).toBe("valid");
    expect(battleTestedState(launch, "2025-03-15")).toBe("caution");
  });

  it("more than six months is caution; exactly six months is a warning", () => {
    expect(battleTestedState(launch, "2024-09-15T00:00:00.001Z")).toBe("caution");
    expect(battleTestedState(launch, "2024-09-15")).toBe("warning");
    expect(battleTestedState(launch, "2024-04-01")).toBe("warning");
  });

  it("a launch after the reference date is a warning; an unreadable launch date is unknown", () => {
    expect(battleTestedState("2030-01-01", "2026-01-01")).toBe("warning");
    expect(battleTestedState("not a date", "2026-01-01")).toBe("unknown");
    expect(battleTestedState(undefined, "2026-01-01")).toBe("unknown");
  });

  it("accepts Date objects as the reference", () => {
    expect(battleTestedState(launch, new Date(Date.UTC(2025, 2, 16)))).toBe("valid");
  });

  it("month arithmetic clamps to the end of shorter months", () => {
    expect(addMonthsUTC(new Date("2023-08-31"), 6).toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(addMonthsUTC(new Date("2024-02-29"), 12).toISOString()).toBe("2025-02-28T00:00:00.000Z");
    // From 31 August, "more than six months" starts after 29 February (leap year).
    expect(battleTestedState("2023-08-31", "2024-03-01")).toBe("caution");
    expect(battleTestedState("2023-08-31", "2024-02-29")).toBe("warning");
  });

  it("defaults to the data's review date, never the clock", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2099-01-01T00:00:00Z"));
    const now = vi.spyOn(Date, "now");
    // Launched four months before the data date: a warning as of the data, valid by the fake clock.
    const recent = addMonthsUTC(new Date(PRODUCTS_DATA_AS_OF), -4).toISOString().slice(0, 10);
    expect(battleTestedState(recent, undefined)).toBe("warning");
    expect(flagState(product({ launchDate: recent }), "battle-tested")).toBe("warning");
    expect(productFlags(product({ launchDate: recent }), "pools").find((f) => f.id === "battle-tested")?.state).toBe(
      "warning",
    );
    expect(resolveAsOf(undefined).toISOString()).toBe(`${PRODUCTS_DATA_AS_OF}T00:00:00.000Z`);
    expect(now).not.toHaveBeenCalled();
    now.mockRestore();
  });

  it("an invalid asOf falls back to the data's review date", () => {
    expect(resolveAsOf("yesterday").toISOString()).toBe(`${PRODUCTS_DATA_AS_OF}T00:00:00.000Z`);
    expect(resolveAsOf(new Date(Number.NaN)).toISOString()).toBe(`${PRODUCTS_DATA_AS_OF}T00:00:00.000Z`);
  });
});

describe("the library's product data", () => {
  const all = PRODUCT_CATEGORIES.flatMap((category) => STAKING_PRODUCTS[category].map((p) => [category, p] as const));

  it("lists the pools ethereum.org lists", () => {
    const names = STAKING_PRODUCTS.pools.map((p) => p.name);
    for (const name of ["Rocket Pool", "Lido", "StakeWise", "Ankr Staking", "StaFi", "Bedrock", "Everstake"])
      expect(names).toContain(name);
    for (const category of PRODUCT_CATEGORIES) expect(STAKING_PRODUCTS[category].length).toBeGreaterThanOrEqual(3);
  });

  it("has unique ids per category, https URLs, ISO launch dates before the data date and no external logos", () => {
    for (const category of PRODUCT_CATEGORIES) {
      const ids = STAKING_PRODUCTS[category].map((p) => p.id);
      expect(new Set(ids).size, category).toBe(ids.length);
    }
    for (const [, p] of all) {
      expect(p.url, p.id).toMatch(/^https:\/\//);
      expect(p.launchDate, p.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Date.parse(p.launchDate), p.id).toBeLessThan(Date.parse(PRODUCTS_DATA_AS_OF));
      expect(p.logo, p.id).toBeUndefined();
      for (const audit of p.audits) expect(audit.url, p.id).toMatch(/^https:\/\//);
      for (const url of Object.values(p.socials)) expect(url, p.id).toMatch(/^https:\/\//);
    }
  });

  it("is frozen, so one page cannot change another's data", () => {
    expect(Object.isFrozen(STAKING_PRODUCTS.pools)).toBe(true);
    expect(Object.isFrozen(STAKING_PRODUCTS.pools[0])).toBe(true);
    expect(() => {
      (STAKING_PRODUCTS.pools as StakingProduct[]).push(product());
    }).toThrow();
  });

  it("gives every product a state for every flag of its category", () => {
    for (const [category, p] of all) {
      for (const flag of productFlags(p, category)) {
        expect(["valid", "caution", "warning", "false", "unknown"], `${p.id} ${flag.id}`).toContain(flag.state);
      }
    }
    const lido = STAKING_PRODUCTS.pools.find((p) => p.id === "lido")!;
    expect(flagState(lido, "liquidity-token")).toBe("valid");
    expect(flagState(lido, "battle-tested")).toBe("valid");
  });
});
