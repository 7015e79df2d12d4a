import { render, screen } from "@testing-library/react";
import { createRef } from "react";
import { describe, expect, it, vi } from "vitest";
import { Card } from "../../src/components/card/card";
import { addShortcodeLookup } from "../../src/components/emoji/shortcode-registry";
import { expectNoAxeViolations } from "../setup/axe";

describe("Card", () => {
  it("renders title as an h3 by default, description and a decorative emoji", () => {
    render(<Card title="准入门槛低" emoji="🐟" description="Not a whale? No problem." />);
    const heading = screen.getByRole("heading", { level: 3, name: "准入门槛低" });
    expect(heading).toHaveAttribute("data-slot", "card-title");
    expect(screen.getByText("Not a whale? No problem.")).toHaveAttribute("data-slot", "card-description");
    const emoji = screen.getByText("🐟");
    expect(emoji).toHaveAttribute("aria-hidden", "true");
  });

  it("honours headingLevel and warns, naming the prop, for an invalid one", () => {
    const { rerender } = render(<Card title="T" headingLevel={2} />);
    expect(screen.getByRole("heading", { level: 2 })).toBeInTheDocument();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    rerender(<Card title="T" headingLevel={9 as never} />);
    expect(screen.getByRole("heading", { level: 3 })).toBeInTheDocument();
    expect(warn.mock.calls.flat().join(" ")).toMatch(/Card: `headingLevel`/);
    warn.mockRestore();
  });

  it("forwards its ref, merges className and spreads native props", () => {
    const ref = createRef<HTMLDivElement>();
    render(<Card ref={ref} title="T" className="extra" id="c1" aria-label="card" />);
    expect(ref.current).toBeInstanceOf(HTMLDivElement);
    expect(ref.current).toHaveClass("sui-card", "extra");
    expect(ref.current).toHaveAttribute("id", "c1");
    expect(ref.current).toHaveAttribute("data-slot", "card");
  });

  it("shows an unknown shortcode as text with a warning, and resolves it once registered", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { rerender } = render(<Card title="T" emoji=":test_only_code:" />);
    expect(screen.getByText(":test_only_code:")).toHaveAttribute("data-unresolved");
    expect(warn.mock.calls.flat().join(" ")).toMatch(/Emoji: unknown shortcode/);
    warn.mockRestore();
    addShortcodeLookup((name) => (name === "test_only_code" ? "⏱️" : undefined));
    rerender(<Card title="T" emoji=":test_only_code:" />);
    expect(screen.getByText("⏱️")).not.toHaveAttribute("data-unresolved");
  });

  it("has no axe violations", async () => {
    const { container } = render(<Card title="快速质押" emoji="⏱️" description="Easy as a swap." />);
    await expectNoAxeViolations(container);
  });
});
