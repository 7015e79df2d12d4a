import { render } from "@testing-library/react";
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import * as icons from "../../src/icons/icons";
import { SvgIcon, createIcon } from "../../src/icons/svg-icon";

const ALL = Object.entries(icons);

describe("SvgIcon", () => {
  it("is a decorative 24×24 stroke drawing in the text colour by default", () => {
    const { container } = render(<SvgIcon />);
    const svg = container.querySelector("svg")!;
    expect(svg).toHaveAttribute("viewBox", "0 0 24 24");
    expect(svg).toHaveAttribute("width", "24");
    expect(svg).toHaveAttribute("height", "24");
    expect(svg).toHaveAttribute("stroke", "currentColor");
    expect(svg).toHaveAttribute("fill", "none");
    expect(svg).toHaveAttribute("aria-hidden", "true");
    expect(svg).toHaveAttribute("focusable", "false");
    expect(svg).toHaveAttribute("data-slot", "icon");
    expect(svg).toHaveClass("sui-icon");
  });

  it("takes a size, native SVG props, an accessible name, a className and a ref", () => {
    const ref = createRef<SVGSVGElement>();
    const { container } = render(
      <SvgIcon ref={ref} size="1em" strokeWidth={3} className="extra" aria-hidden={false} role="img" aria-label="Warning" />,
    );
    const svg = container.querySelector("svg")!;
    expect(ref.current).toBe(svg);
    expect(svg).toHaveAttribute("width", "1em");
    expect(svg).toHaveAttribute("stroke-width", "3");
    expect(svg).toHaveClass("sui-icon", "extra");
    expect(svg).toHaveAttribute("aria-hidden", "false");
    expect(svg).toHaveAttribute("aria-label", "Warning");
  });
});

describe("the built-in icons", () => {
  it("are many, each with its own class and one well-formed path", () => {
    expect(ALL.length).toBeGreaterThanOrEqual(30);
    const classes = new Set<string>();
    for (const [name, Icon] of ALL) {
      const { container, unmount } = render(<Icon className="x" />);
      const svg = container.querySelector("svg")!;
      const own = [...svg.classList].filter((token) => token.startsWith("sui-icon-"));
      expect(own, name).toHaveLength(1);
      classes.add(own[0]!);
      expect(svg, name).toHaveClass("sui-icon", "x");
      const d = svg.querySelector("path")!.getAttribute("d")!;
      // Absolute or relative commands with numbers only: nothing a site's data could inject.
      expect(d, name).toMatch(/^[Mm][-\d .,MmLlHhVvCcSsAaZz]+$/);
      unmount();
    }
    expect(classes.size).toBe(ALL.length);
  });

  it("draw the ring only for the circled ones", () => {
    const ringed = (Icon: (typeof icons)[keyof typeof icons]) => renderToString(<Icon />).includes("<circle");
    expect(ringed(icons.CheckCircleIcon)).toBe(true);
    expect(ringed(icons.XCircleIcon)).toBe(true);
    expect(ringed(icons.HomeIcon)).toBe(false);
  });

  it("render on the server the same way", () => {
    const Test = createIcon("test", "M1 1h2");
    expect(renderToString(<Test />)).toBe(
      '<svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false" data-slot="icon" class="sui-icon sui-icon-test"><path d="M1 1h2"></path></svg>',
    );
  });
});
