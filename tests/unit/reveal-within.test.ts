import { describe, expect, it, vi } from "vitest";
import { revealWithin } from "../../src/lib/reveal-within";

function box(element: HTMLElement, x: number, y: number, width: number, height: number) {
  element.getBoundingClientRect = () => DOMRect.fromRect({ x, y, width, height });
}

function setup(inner: [number, number, number, number]) {
  const container = document.createElement("div");
  const element = document.createElement("a");
  container.append(element);
  box(container, 100, 100, 300, 200); // left 100, right 400, top 100, bottom 300
  box(element, ...inner);
  const scrollBy = vi.fn();
  container.scrollBy = scrollBy as unknown as HTMLElement["scrollBy"];
  return { container, element, scrollBy };
}

describe("revealWithin", () => {
  it.each([
    ["inside", [150, 150, 50, 20], null],
    ["past the end edge", [380, 150, 50, 20], { left: 46, top: 0 }],
    ["before the start edge", [80, 150, 50, 20], { left: -36, top: 0 }],
    ["below", [150, 290, 50, 20], { left: 0, top: 26 }],
    ["above", [150, 90, 50, 20], { left: 0, top: -26 }],
  ] as const)("scrolls only the container when the element is %s", (_, inner, expected) => {
    const { container, element, scrollBy } = setup(inner as unknown as [number, number, number, number]);
    revealWithin(container, element);
    if (expected === null) expect(scrollBy).not.toHaveBeenCalled();
    else expect(scrollBy).toHaveBeenCalledWith(expected);
  });

  it("uses the margin it is given", () => {
    const { container, element, scrollBy } = setup([380, 150, 50, 20]);
    revealWithin(container, element, 0);
    expect(scrollBy).toHaveBeenCalledWith({ left: 30, top: 0 });
  });

  it("does nothing where scrollBy is missing (old engines, some test DOMs)", () => {
    const { container, element } = setup([380, 150, 50, 20]);
    (container as { scrollBy?: unknown }).scrollBy = undefined;
    expect(() => revealWithin(container, element)).not.toThrow();
  });
});
