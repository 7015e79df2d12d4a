import { it, expect } from "vitest";
import { checkPageSource } from "../../src/mdx/safety";
it("speed", () => {
  for (const src of ["`".repeat(262_000), "` ".repeat(131_000), Array.from({length: 700}, (_, i) => "`".repeat(i + 1)).join(" x "), "<".repeat(262_000), "{}".repeat(131_000), "\\".repeat(262_000)]) {
    const t = performance.now();
    try { checkPageSource(src); } catch (e) { }
    console.log(src.length, Math.round(performance.now() - t), "ms");
    expect(performance.now() - t).toBeLessThan(2000);
  }
});
