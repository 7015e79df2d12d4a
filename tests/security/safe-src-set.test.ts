import { describe, expect, it } from "vitest";
import { safeSrcSet } from "../../src/lib/safe-src-set";
import { HOSTILE_URLS } from "./hostile-urls";

describe("safeSrcSet", () => {
  it.each([
    ["a.png", "a.png"],
    ["a.png 1x, b.png 2x", "a.png 1x, b.png 2x"],
    ["  /img/a.png   480w ,  https://cdn.example/b.png 960w  ", "/img/a.png 480w, https://cdn.example/b.png 960w"],
    ["a.png,  b.png 1.5x", "a.png, b.png 1.5x"],
  ])("keeps %j as %j", (input, output) => {
    expect(safeSrcSet(input)).toBe(output);
  });

  it.each(HOSTILE_URLS.filter((entry) => !entry.external).map((entry) => [entry.trick, entry.url] as const))(
    "drops the whole set when one candidate is %s",
    (_trick, url) => {
      expect(safeSrcSet(`/ok.png 1x, ${url} 2x`)).toBeUndefined();
      expect(safeSrcSet(url)).toBeUndefined();
    },
  );

  it.each([
    ["an unknown descriptor", "a.png javascript:alert(1)"],
    ["a URL with a comma inside", "a.png,b.png 2x"],
    ["an empty set", " , "],
    ["not a string", 42],
    ["a huge value", `${"a".repeat(9000)}.png`],
  ])("drops %s", (_what, value) => {
    expect(safeSrcSet(value)).toBeUndefined();
  });
});
