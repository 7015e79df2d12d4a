import { describe, expect, it } from "vitest";
import { Card } from "../../src/index";
import { renderOnServer } from "../setup/ssr";

describe("server rendering of primitives", () => {
  it("Card renders its full content with no DOM", () => {
    const { html, warnings, errors } = renderOnServer(<Card title="快速质押" emoji="⏱️" description="Easy." />);
    expect(html).toContain('data-slot="card"');
    expect(html).toContain("<h3");
    expect(html).toContain("快速质押");
    expect(warnings).toEqual([]);
    expect(errors).toEqual([]);
  });
});
