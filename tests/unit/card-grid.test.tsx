import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render, screen } from "@testing-library/react";
import { createRef } from "react";
import { describe, expect, it, vi } from "vitest";
import { Card } from "../../src/components/card/card";
import { CardGrid } from "../../src/components/card-grid/card-grid";
import { expectNoAxeViolations } from "../setup/axe";

describe("CardGrid", () => {
  it("lays out the seed's three pool cards with the default variants", async () => {
    const { container } = render(
      <CardGrid data-testid="grid">
        <Card title="准入门槛低" emoji="🐟" description="Not a whale? No problem." />
        <Card title="快速质押" emoji="⏱️" description="As easy as a token swap." />
        <Card title="质押代币" emoji="💧" description="A token that represents your staked ETH." />
      </CardGrid>,
    );
    const grid = screen.getByTestId("grid");
    expect(grid).toHaveAttribute("data-slot", "card-grid");
    expect(grid).toHaveAttribute("data-min-column-width", "md");
    expect(grid).toHaveAttribute("data-gap", "md");
    expect(grid).toHaveClass("sui-root", "sui-card-grid", "sui-card-grid--min-md", "sui-card-grid--gap-md");
    expect(grid.children).toHaveLength(3);
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(["准入门槛低", "快速质押", "质押代币"]);
    await expectNoAxeViolations(container);
  });

  it.each([
    ["sm", "lg"],
    ["lg", "sm"],
    ["md", "lg"],
  ] as const)("applies minColumnWidth=%s and gap=%s as classes and data attributes", (min, gap) => {
    render(<CardGrid data-testid="grid" minColumnWidth={min} gap={gap} />);
    const grid = screen.getByTestId("grid");
    expect(grid).toHaveAttribute("data-min-column-width", min);
    expect(grid).toHaveAttribute("data-gap", gap);
    expect(grid).toHaveClass(`sui-card-grid--min-${min}`, `sui-card-grid--gap-${gap}`);
  });

  it("falls back to md and warns, naming the prop, for unknown values", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    render(<CardGrid data-testid="grid" minColumnWidth={"xl" as never} gap={"huge" as never} />);
    const grid = screen.getByTestId("grid");
    expect(grid).toHaveAttribute("data-min-column-width", "md");
    expect(grid).toHaveAttribute("data-gap", "md");
    const text = warn.mock.calls.flat().join(" ");
    expect(text).toMatch(/CardGrid: unknown `minColumnWidth` "xl"/);
    expect(text).toMatch(/CardGrid: unknown `gap` "huge"/);
    warn.mockRestore();
  });

  it("forwards its ref, merges className and spreads native props", () => {
    const ref = createRef<HTMLDivElement>();
    render(<CardGrid ref={ref} className="my-8" id="benefits" aria-label="Benefits" role="group" />);
    expect(ref.current).toBeInstanceOf(HTMLDivElement);
    expect(ref.current).toHaveClass("sui-card-grid", "my-8");
    expect(ref.current).toHaveAttribute("id", "benefits");
    expect(screen.getByRole("group", { name: "Benefits" })).toBe(ref.current);
  });

  it("is server-safe: a plain module with no client directive", () => {
    const source = readFileSync(join(process.cwd(), "src/components/card-grid/card-grid.tsx"), "utf8");
    expect(source).not.toMatch(/^\s*["']use client["']/);
  });
});
