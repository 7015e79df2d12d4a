import { describe, expect, it } from "vitest";
import {
  CONSIDERATION_STATES,
  CONSIDERATIONS_BY_PAGE,
  STAKING_CONSIDERATIONS,
  considerationsFor,
  considerationText,
} from "../../src/content/considerations";
import { CATEGORY_FLAGS } from "../../src/content/flags";
import { considerationMessages, optionMessages } from "../../src/content/messages";
import { STAKING_OPTIONS, otherStakingOptions, stakingOptionText } from "../../src/content/options";
import { STAKING_OPTION_IDS, type FlagId } from "../../src/content/types";
import { SUPPORTED_LOCALES, type MessageCatalog } from "../../src/i18n/messages";
import { stakingComparisonMessages } from "../../src/components/staking-comparison/messages";
import { ar } from "../../src/locales/ar";
import { zh } from "../../src/locales/zh";

/** A catalog's strings in a locale: English from the catalog, the others from their locale pack. */
function stringsIn(catalog: MessageCatalog<Record<string, string>>, locale: string): Record<string, string> {
  if (locale === "en") return catalog.en;
  const pack = ({ zh, ar } as Record<string, { messages: Record<string, Record<string, string>> }>)[locale]!;
  return pack.messages[catalog.id!]!;
}

const EXPECTED: Record<string, FlagId[]> = {
  solo: ["open-source", "audited", "bug-bounty", "battle-tested", "trustless", "permissionless", "multi-client", "self-custody", "economical"],
  saas: ["open-source", "audited", "bug-bounty", "battle-tested", "permissionless", "execution-diversity", "consensus-diversity", "self-custody"],
  pools: ["open-source", "audited", "bug-bounty", "battle-tested", "trustless", "permissionless-nodes", "execution-diversity", "consensus-diversity", "liquidity-token"],
};

const ALL_FLAGS = Object.keys(STAKING_CONSIDERATIONS) as FlagId[];

describe("staking options", () => {
  it("has solo, saas and pools with their page paths and accent tokens", () => {
    expect(Object.keys(STAKING_OPTIONS)).toEqual([...STAKING_OPTION_IDS]);
    for (const id of STAKING_OPTION_IDS) {
      const option = STAKING_OPTIONS[id];
      expect(option.id).toBe(id);
      expect(option.href).toBe(`/staking/${id}/`);
      expect(option.accentColor).toBe(`var(--sui-color-accent-${id})`);
      expect(option.icon).toBeTruthy();
    }
  });

  it("gives the other two options for each page, in order", () => {
    expect(otherStakingOptions("solo").map((o) => o.id)).toEqual(["saas", "pools"]);
    expect(otherStakingOptions("saas").map((o) => o.id)).toEqual(["solo", "pools"]);
    expect(otherStakingOptions("pools").map((o) => o.id)).toEqual(["solo", "saas"]);
  });

  it.each(SUPPORTED_LOCALES)("has a distinct title and a description for every option in %s", (locale) => {
    const titles = STAKING_OPTION_IDS.map((id) => stakingOptionText(id, locale).title);
    expect(new Set(titles).size).toBe(3);
    for (const id of STAKING_OPTION_IDS) {
      const { title, description } = stakingOptionText(id, locale);
      expect(title.trim()).not.toBe("");
      expect(description.length).toBeGreaterThan(title.length);
      expect(stringsIn(optionMessages, locale)[`${id}.title`]).toBe(title);
    }
  });

  it("falls back to English for an unsupported locale", () => {
    expect(stakingOptionText("pools", "fr").title).toBe("Pooled staking");
    expect(stakingOptionText("pools", "zh-CN").title).toBe("联合质押");
  });

  it.each(SUPPORTED_LOCALES)("has all six comparison sentences in %s, each different", (locale) => {
    const sentences = STAKING_OPTION_IDS.flatMap((page) =>
      otherStakingOptions(page).map(
        (other) => stringsIn(stakingComparisonMessages, locale)[`compare.${page}.${other.id}`],
      ),
    );
    expect(sentences).toHaveLength(6);
    for (const sentence of sentences) expect(sentence?.trim()).toBeTruthy();
    expect(new Set(sentences).size).toBe(6);
  });
});

describe("staking considerations", () => {
  it.each(Object.entries(EXPECTED))("page %s lists exactly its considerations, in order", (page, ids) => {
    expect(CONSIDERATIONS_BY_PAGE[page as keyof typeof CONSIDERATIONS_BY_PAGE]).toEqual(ids);
    expect(considerationsFor(page as keyof typeof CONSIDERATIONS_BY_PAGE).map((c) => c.id)).toEqual(ids);
  });

  it("explains the same flags the product cards show for each category", () => {
    expect(CONSIDERATIONS_BY_PAGE.pools).toEqual(CATEGORY_FLAGS.pools);
    expect(CONSIDERATIONS_BY_PAGE.saas).toEqual(CATEGORY_FLAGS.saas);
    expect(CONSIDERATIONS_BY_PAGE.solo).toEqual(CATEGORY_FLAGS.nodeTools);
  });

  it("covers every flag id with an icon and at least a valid and a warning state, in canonical order", () => {
    expect(ALL_FLAGS).toHaveLength(13);
    for (const id of ALL_FLAGS) {
      const { states, icon } = STAKING_CONSIDERATIONS[id];
      expect(STAKING_CONSIDERATIONS[id].id).toBe(id);
      expect(icon).toBeTruthy();
      expect(states).toContain("valid");
      expect(states).toContain("warning");
      expect(states).toEqual(CONSIDERATION_STATES.filter((s) => states.includes(s)));
    }
    expect(STAKING_CONSIDERATIONS["battle-tested"].states).toEqual(["valid", "caution", "warning"]);
  });

  it.each(SUPPORTED_LOCALES)("has title, description and exactly the states' labels for every id in %s", (locale) => {
    const catalog = stringsIn(considerationMessages, locale);
    const expectedKeys = ALL_FLAGS.flatMap((id) => [
      `${id}.title`,
      `${id}.description`,
      ...STAKING_CONSIDERATIONS[id].states.map((state) => `${id}.${state}`),
    ]).sort();
    expect(Object.keys(catalog).sort()).toEqual(expectedKeys);
    for (const id of ALL_FLAGS) {
      const text = considerationText(id, locale);
      expect(text.title.trim()).not.toBe("");
      expect(text.description.length).toBeGreaterThan(text.title.length);
      expect(Object.keys(text.labels)).toEqual([...STAKING_CONSIDERATIONS[id].states]);
      // A label is what a product card shows, so the good and bad ones must read differently.
      expect(text.labels.valid).not.toBe(text.labels.warning);
    }
  });

  it("keeps titles unique within each page and locale", () => {
    for (const locale of SUPPORTED_LOCALES) {
      for (const ids of Object.values(CONSIDERATIONS_BY_PAGE)) {
        const titles = ids.map((id) => considerationText(id, locale).title);
        expect(new Set(titles).size, locale).toBe(titles.length);
      }
    }
  });

  it("states the thresholds the flags are computed with", () => {
    expect(considerationText("battle-tested", "en").description).toMatch(/more than a year/);
    expect(considerationText("execution-diversity", "zh").description).toContain("50%");
    expect(considerationText("consensus-diversity", "ar").description).toContain("50%");
    expect(considerationText("economical", "en").description).toContain("32 ETH");
  });
});
