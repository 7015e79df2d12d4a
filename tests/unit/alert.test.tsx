import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render, screen } from "@testing-library/react";
import { createRef } from "react";
import { describe, expect, it, vi } from "vitest";
import { Alert, AlertContent, AlertDescription, AlertEmoji, AlertTitle, type AlertProps } from "../../src/components/alert/alert";
import { ALERT_VARIANTS } from "../../src/components/alert/alert.variants";
import { addShortcodeLookup } from "../../src/components/emoji/shortcode-registry";
import { expectNoAxeViolations } from "../setup/axe";

addShortcodeLookup((name) => (name === "bulb" ? "💡" : undefined));

function SeedAlert(props: { variant?: AlertProps["variant"] }) {
  return (
    <Alert className="justify-between" data-testid="alert" {...props}>
      <AlertEmoji text=":bulb:" />
      <AlertContent>
        <AlertDescription>
          <p className="mt-0">
            <strong>用词不当警示</strong>
          </p>
          <p className="mt-2">有些人将“再质押”与在 DeFi 中借出和借入 LST 混淆。</p>
        </AlertDescription>
      </AlertContent>
    </Alert>
  );
}

describe("Alert", () => {
  it("renders the seed's structure: decorative emoji from a shortcode, then the content", async () => {
    const { container } = render(<SeedAlert variant="warning" />);
    const alert = screen.getByTestId("alert");
    expect(alert).toHaveAttribute("data-slot", "alert");
    expect(alert).toHaveAttribute("data-variant", "warning");
    expect(alert).toHaveClass("sui-alert", "sui-alert--warning", "justify-between", "sui-root");
    const emoji = screen.getByText("💡");
    expect(emoji).toHaveAttribute("data-slot", "alert-emoji");
    expect(emoji).toHaveAttribute("aria-hidden", "true");
    expect(alert.firstElementChild).toBe(emoji);
    expect(screen.getByText("用词不当警示").closest("[data-slot=alert-description]")).toBeInTheDocument();
    expect(alert.querySelector("[data-slot=alert-content]")).toContainElement(screen.getByText("用词不当警示"));
    await expectNoAxeViolations(container);
  });

  it("is info by default and is not a live region", () => {
    render(<SeedAlert />);
    const alert = screen.getByTestId("alert");
    expect(alert).toHaveAttribute("data-variant", "info");
    expect(alert).not.toHaveAttribute("role");
    expect(alert).not.toHaveAttribute("aria-live");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("becomes a polite status or an assertive alert only when asked", async () => {
    const { rerender, container } = render(<Alert live="polite">Saved</Alert>);
    expect(screen.getByRole("status")).toHaveAttribute("aria-live", "polite");
    await expectNoAxeViolations(container);
    rerender(<Alert live="assertive">Failed</Alert>);
    expect(screen.getByRole("alert")).toHaveTextContent("Failed");
    expect(screen.queryByRole("status")).toBeNull();
    await expectNoAxeViolations(container);
  });

  it("warns about an unknown `live` value and stays static", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    render(<Alert live={"loud" as never}>x</Alert>);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(warn.mock.calls.flat().join(" ")).toMatch(/Alert: unknown `live` "loud"/);
    warn.mockRestore();
  });

  it.each(ALERT_VARIANTS)("renders the %s variant without axe violations", async (variant) => {
    const { container } = render(<SeedAlert variant={variant} />);
    expect(screen.getByTestId("alert")).toHaveAttribute("data-variant", variant);
    expect(screen.getByTestId("alert")).toHaveClass(`sui-alert--${variant}`);
    await expectNoAxeViolations(container);
  });

  it("falls back to info for an unknown variant, warning with the prop's name and allowed values", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    render(<SeedAlert variant={"danger" as never} />);
    const alert = screen.getByTestId("alert");
    expect(alert).toHaveAttribute("data-variant", "info");
    expect(alert).toHaveClass("sui-alert--info");
    expect(alert).not.toHaveClass("sui-alert--danger");
    const text = warn.mock.calls.flat().join(" ");
    expect(text).toMatch(/Alert: unknown `variant` "danger"/);
    expect(text).toContain('"warning"');
    warn.mockRestore();
  });

  it("renders a title as emphasised text, or as a heading when given a level", async () => {
    const { rerender, container } = render(
      <Alert>
        <AlertContent>
          <AlertTitle>最好知道</AlertTitle>
          <AlertDescription>Body</AlertDescription>
        </AlertContent>
      </Alert>,
    );
    expect(screen.queryByRole("heading")).toBeNull();
    expect(screen.getByText("最好知道")).toHaveAttribute("data-slot", "alert-title");
    rerender(
      <Alert>
        <AlertContent>
          <AlertTitle headingLevel={4}>最好知道</AlertTitle>
          <AlertDescription>Body</AlertDescription>
        </AlertContent>
      </Alert>,
    );
    expect(screen.getByRole("heading", { level: 4, name: "最好知道" })).toHaveAttribute("data-slot", "alert-title");
    await expectNoAxeViolations(container);
  });

  it("renders without an emoji", () => {
    render(
      <Alert data-testid="alert">
        <AlertContent>
          <AlertDescription>No emoji here</AlertDescription>
        </AlertContent>
      </Alert>,
    );
    expect(screen.getByTestId("alert").querySelector("[data-slot=alert-emoji]")).toBeNull();
  });

  it("forwards refs and merges className on every part", () => {
    const refs = {
      alert: createRef<HTMLDivElement>(),
      emoji: createRef<HTMLSpanElement>(),
      content: createRef<HTMLDivElement>(),
      title: createRef<HTMLDivElement>(),
      description: createRef<HTMLDivElement>(),
    };
    render(
      <Alert ref={refs.alert} className="a" id="al">
        <AlertEmoji ref={refs.emoji} text="💡" className="e" />
        <AlertContent ref={refs.content} className="c">
          <AlertTitle ref={refs.title} className="t">
            T
          </AlertTitle>
          <AlertDescription ref={refs.description} className="d" lang="zh">
            D
          </AlertDescription>
        </AlertContent>
      </Alert>,
    );
    expect(refs.alert.current).toHaveClass("sui-alert", "a");
    expect(refs.alert.current).toHaveAttribute("id", "al");
    expect(refs.emoji.current).toHaveClass("sui-alert__emoji", "e");
    expect(refs.content.current).toHaveClass("sui-alert__content", "c");
    expect(refs.title.current).toHaveClass("sui-alert__title", "t");
    expect(refs.description.current).toHaveClass("sui-alert__description", "d");
    expect(refs.description.current).toHaveAttribute("lang", "zh");
  });

  it("is server-safe: a plain module with no client directive", () => {
    const source = readFileSync(join(process.cwd(), "src/components/alert/alert.tsx"), "utf8");
    expect(source).not.toMatch(/^\s*["']use client["']/);
  });
});
