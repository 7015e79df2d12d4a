import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { YouTube } from "../../src/components/youtube/youtube";
import { StakingUIProvider } from "../../src/provider/staking-ui-provider";
import axe from "axe-core";
import { expectNoAxeViolations } from "../setup/axe";

// axe cannot post into a jsdom iframe; the player's own page is YouTube's, so only the frame
// element itself (its title) is checked here, with frame traversal off.
async function expectNoAxeViolationsOutsideFrames(element: Element) {
  const results = await axe.run(element, { iframes: false, rules: { "color-contrast": { enabled: false } } });
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());
const warnings = () => warn.mock.calls.flat().join(" ");

describe("YouTube", () => {
  it("starts as a facade: a play button named after the title, no iframe, no image, no YouTube URL", async () => {
    const { container } = render(<YouTube id="rOJo7VwPh7I" />);
    const play = screen.getByRole("button", { name: "Play video: YouTube video" });
    expect(play).toHaveAttribute("data-slot", "youtube-play");
    expect(container.querySelector("iframe, img, [src], link, script")).toBeNull();
    expect(container.innerHTML).not.toMatch(/youtube(-nocookie)?\.com|ytimg/);
    expect(container.firstElementChild).toHaveAttribute("data-state", "idle");
    expect(warnings()).toBe("");
    await expectNoAxeViolations(container);
  });

  it.each([
    ["click", async (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole("button"))],
    ["Enter", async (user: ReturnType<typeof userEvent.setup>) => (screen.getByRole("button").focus(), user.keyboard("{Enter}"))],
    ["Space", async (user: ReturnType<typeof userEvent.setup>) => (screen.getByRole("button").focus(), user.keyboard(" "))],
  ])("%s replaces the facade with the nocookie player and focuses it", async (_how, activate) => {
    const user = userEvent.setup();
    const { container } = render(<YouTube id="rOJo7VwPh7I" title="18 分钟解释再质押" />);
    await activate(user);
    expect(screen.queryByRole("button")).toBeNull();
    const iframe = container.querySelector("iframe")!;
    expect(iframe).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/rOJo7VwPh7I?autoplay=1");
    expect(iframe).toHaveAttribute("title", "18 分钟解释再质押");
    expect(iframe).toHaveAttribute("data-slot", "youtube-player");
    expect(iframe).toHaveFocus();
    expect(container.firstElementChild).toHaveAttribute("data-state", "playing");
    await expectNoAxeViolationsOutsideFrames(container);
  });

  it("adds a valid start time (numbers or numeric strings, floored)", async () => {
    const user = userEvent.setup();
    const { container, rerender } = render(<YouTube id="-V-fG4J1N_M" start={90} />);
    await user.click(screen.getByRole("button"));
    expect(container.querySelector("iframe")).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/-V-fG4J1N_M?autoplay=1&start=90");
    rerender(<YouTube id="-V-fG4J1N_M" start="12.7" />);
    expect(container.querySelector("iframe")).toHaveAttribute("src", expect.stringMatching(/&start=12$/));
    expect(warnings()).toBe("");
  });

  it.each([-5, Number.NaN, Number.POSITIVE_INFINITY, "soon", "-3"])("ignores the invalid start %s with a warning naming `start`", async (start) => {
    const user = userEvent.setup();
    const { container } = render(<YouTube id="rOJo7VwPh7I" start={start as never} />);
    await user.click(screen.getByRole("button"));
    expect(container.querySelector("iframe")).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/rOJo7VwPh7I?autoplay=1");
    expect(warnings()).toMatch(/YouTube: `start` must be/);
  });

  it.each(["short", "rOJo7VwPh7I7", "rOJo7VwPh7<", "javascript:x", "rOJo7VwPh7I?x=1"])(
    "shows a plain youtube.com link, never an iframe, for the invalid id %j",
    async (id) => {
      const { container } = render(<YouTube id={id} title="Talk" />);
      expect(container.querySelector("iframe")).toBeNull();
      expect(screen.queryByRole("button")).toBeNull();
      const link = screen.getByRole("link", { name: "Watch on YouTube: Talk" });
      expect(link).toHaveAttribute("href", `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`);
      expect(link).toHaveAttribute("rel", "noopener noreferrer");
      expect(container.firstElementChild).toHaveAttribute("data-state", "invalid");
      expect(warnings()).toMatch(/YouTube: `id` must be an 11-character/);
      await expectNoAxeViolations(container);
    },
  );

  it("renders nothing but a warning for a missing id", () => {
    const { container } = render(<YouTube id={undefined as never} />);
    expect(container).toBeEmptyDOMElement();
    expect(warnings()).toMatch(/YouTube: `id`/);
  });

  it("localizes the default title and the button name (zh, ar) and takes overrides", () => {
    const { unmount } = render(
      <StakingUIProvider locale="zh">
        <YouTube id="rOJo7VwPh7I" />
      </StakingUIProvider>,
    );
    expect(screen.getByRole("button", { name: "播放视频：YouTube 视频" })).toBeInTheDocument();
    unmount();
    const ar = render(
      <StakingUIProvider locale="ar">
        <YouTube id="rOJo7VwPh7I" title="شرح إعادة التخزين" />
      </StakingUIProvider>,
    );
    expect(screen.getByRole("button", { name: "تشغيل الفيديو: شرح إعادة التخزين" })).toBeInTheDocument();
    expect(ar.container.firstElementChild).toHaveAttribute("dir", "rtl");
    ar.unmount();
    render(<YouTube id="rOJo7VwPh7I" title="Talk" messages={{ play: "Watch {title}" }} />);
    expect(screen.getByRole("button", { name: "Watch Talk" })).toBeInTheDocument();
  });

  it("forwards its ref, merges className and spreads native props", () => {
    const ref = createRef<HTMLDivElement>();
    render(<YouTube ref={ref} id="rOJo7VwPh7I" className="my-video" data-testid="v" aria-describedby="caption" />);
    expect(ref.current).toBe(screen.getByTestId("v"));
    expect(ref.current).toHaveClass("sui-root", "sui-youtube", "my-video");
    expect(ref.current).toHaveAttribute("data-slot", "youtube");
    expect(ref.current).toHaveAttribute("aria-describedby", "caption");
  });
});
