import { describe, expect, it } from "vitest";
import { labelOf, SOCIAL_KEYS } from "../../src/components/staking-products-card-grid/labels";
import { stakingProductCardMessages } from "../../src/components/staking-products-card-grid/messages";
import { STAKING_CONSIDERATIONS } from "../../src/content/considerations";
import type { FlagState, Interface, Platform } from "../../src/content/types";
import { zh } from "../../src/locales/zh";

// Labels are found by naming convention (category + value in PascalCase), so these prove that
// every value the data uses has its message, and that invented values are shown as written.
const en = stakingProductCardMessages.en;
const FLAG_IDS = Object.keys(STAKING_CONSIDERATIONS) as Array<keyof typeof STAKING_CONSIDERATIONS>;
const STATES: FlagState[] = ["valid", "caution", "warning", "false", "unknown"];
const PLATFORMS: Platform[] = ["Browser", "Desktop", "Mobile", "Linux", "macOS", "Windows", "CLI"];
const INTERFACES: Interface[] = ["Browser extension", "Web app", "Desktop app", "Mobile app", "CLI", "Docker"];

describe("product card labels", () => {
  it.each([
    ["flag", FLAG_IDS],
    ["state", STATES],
    ["platform", PLATFORMS],
    ["interface", INTERFACES],
    ["social", SOCIAL_KEYS],
  ] as const)("has a message for every %s", (prefix, values) => {
    const labels = values.map((value) => labelOf(prefix, value, en));
    for (const [index, label] of labels.entries()) expect(Object.values(en), `${prefix} ${values[index]}`).toContain(label);
    expect(new Set(labels).size).toBe(values.length);
  });

  it("maps values to their catalog keys", () => {
    expect(labelOf("flag", "execution-diversity", en)).toBe(en.flagExecutionDiversity);
    expect(labelOf("platform", "macOS", en)).toBe(en.platformMacos);
    expect(labelOf("interface", "Web app", en)).toBe(en.interfaceWebApp);
    expect(labelOf("social", "youtube", { ...en, ...zh.messages.StakingProductCard })).toBe(zh.messages.StakingProductCard.socialYoutube);
  });

  it("shows values it has no message for as written, whatever they are", () => {
    expect(labelOf("platform", "Raspberry Pi", en)).toBe("Raspberry Pi");
    expect(labelOf("platform", "", en)).toBe("");
    expect(labelOf("interface", "constructor", en)).toBe("constructor");
    expect(labelOf("platform", "toString", en)).toBe("toString");
  });
});
