import { render, screen } from "@testing-library/react";
import { createRef } from "react";
import { describe, expect, it, vi } from "vitest";
import { Emoji, resolveEmoji } from "../../src/components/emoji/emoji";
import { addShortcodeLookup } from "../../src/components/emoji/shortcode-registry";
import { expectNoAxeViolations } from "../setup/axe";

describe("Emoji", () => {
  it("shows a native emoji as decorative text", async () => {
    const { container } = render(<Emoji text="🐟" />);
    const emoji = screen.getByText("🐟");
    expect(emoji).toHaveAttribute("data-slot", "emoji");
    expect(emoji).toHaveAttribute("aria-hidden", "true");
    expect(emoji).not.toHaveAttribute("role");
    expect(emoji).not.toHaveAttribute("data-unresolved");
    await expectNoAxeViolations(container);
  });

  it("becomes an image named by `label`", async () => {
    const { container } = render(<Emoji text="💧" label="Liquidity token" />);
    const img = screen.getByRole("img", { name: "Liquidity token" });
    expect(img).toHaveTextContent("💧");
    expect(img).not.toHaveAttribute("aria-hidden");
    await expectNoAxeViolations(container);
  });

  it("shows an unknown shortcode as typed, marked and warned about", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    render(<Emoji text=":emoji_test_unknown:" />);
    expect(screen.getByText(":emoji_test_unknown:")).toHaveAttribute("data-unresolved", "");
    expect(warn.mock.calls.flat().join(" ")).toMatch(/Emoji: unknown shortcode ":emoji_test_unknown:" in `text`/);
    warn.mockRestore();
  });

  it("resolves a shortcode once a lookup is registered, case- and space-insensitively", () => {
    expect(resolveEmoji(":emoji_test_stopwatch:")).toEqual({ value: ":emoji_test_stopwatch:", resolved: false });
    addShortcodeLookup((name) => (name === "emoji_test_stopwatch" ? "⏱️" : undefined));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    render(<Emoji text=" :Emoji_Test_Stopwatch: " label="Stopwatch" />);
    expect(screen.getByRole("img", { name: "Stopwatch" })).toHaveTextContent("⏱️");
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it("resolves every shortcode the seed pages use with the gemoji data registered", async () => {
    const { registerEmojiShortcodes } = await import("../../src/emoji/index");
    registerEmojiShortcodes();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const seed = { ":stopwatch:": "⏱️", ":droplet:": "💧", ":bulb:": "💡", ":eyes:": "👀" };
    for (const [code, emoji] of Object.entries(seed)) expect(resolveEmoji(code), code).toEqual({ value: emoji, resolved: true });
    render(<Emoji text=":bulb:" />);
    expect(screen.getByText("💡")).toBeInTheDocument();
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it("lets a later lookup win over an earlier one", () => {
    addShortcodeLookup((name) => (name === "emoji_test_order" ? "1️⃣" : undefined));
    addShortcodeLookup((name) => (name === "emoji_test_order" ? "2️⃣" : undefined));
    render(<Emoji text=":emoji_test_order:" />);
    expect(screen.getByText("2️⃣")).toBeInTheDocument();
  });

  it.each(["", "   ", undefined, 42])("renders nothing for the invalid text %j, with a warning naming `text`", (text) => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { container } = render(<Emoji text={text as never} />);
    expect(container).toBeEmptyDOMElement();
    expect(warn.mock.calls.flat().join(" ")).toMatch(/Emoji: `text` must be a non-empty string/);
    warn.mockRestore();
  });

  it("forwards its ref, merges className and spreads native props", () => {
    const ref = createRef<HTMLSpanElement>();
    render(<Emoji ref={ref} text="🦏" className="big" title="rhino" />);
    expect(ref.current).toBeInstanceOf(HTMLSpanElement);
    expect(ref.current).toHaveClass("sui-emoji", "big");
    expect(ref.current).toHaveAttribute("title", "rhino");
  });
});
