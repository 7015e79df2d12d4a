import { describe, expect, it } from "vitest";
import { isExternalHref, safeHref } from "../../src/lib/safe-href";

describe("safeHref", () => {
  it.each([
    "/staking/solo/",
    "#what-are-staking-pools",
    "?tab=1",
    "../relative/path",
    "https://ethereum.org/en/staking/",
    "http://example.org",
    "mailto:team@example.org",
    "tel:+123",
    "//cdn.example.org/logo.png",
    "https://example.org/a:b",
  ])("keeps %s", (url) => {
    expect(safeHref(url)).toBe(url);
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "  javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\u0001javascript:alert(1)",
    "javascript&colon;alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "java%0Ascript:alert(1)",
    "%6Aavascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "DATA:text/html,<script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "",
    "   ",
  ])("rejects %j", (url) => {
    expect(safeHref(url)).toBeUndefined();
  });

  it("rejects non-strings", () => {
    for (const value of [undefined, null, 42, {}, ["https://x"]]) expect(safeHref(value)).toBeUndefined();
  });

  it("strips surrounding white space and inner control characters from safe URLs", () => {
    expect(safeHref("  https://example.org/\n")).toBe("https://example.org/");
  });

  it("tells external URLs from internal ones", () => {
    expect(isExternalHref("https://example.org")).toBe(true);
    expect(isExternalHref("//example.org")).toBe(true);
    expect(isExternalHref("/\\example.org")).toBe(true);
    expect(isExternalHref("/staking/")).toBe(false);
    expect(isExternalHref("#id")).toBe(false);
  });
});
