import { useEffect, useState, type RefObject } from "react";

// A heading counts as reached a little before it touches the top of the viewport (about two lines
// of text), so the contents follow the section whose first lines are being read. A fixed distance,
// not a share of the viewport: a very tall viewport (a full-page capture) must not count headings
// far down the page as reached.
const REACHED_PX = 80;

/**
 * The id of the section being read: the last of `ids` whose heading has reached the top of the
 * viewport, allowing for its scroll margin (where a jump to it puts it). Undefined before the
 * first heading is reached and on the server, so hydration matches the server HTML.
 * `scope` is an element inside the page; headings are looked up within that page only.
 */
export function useCurrentSection(ids: readonly string[], scope: RefObject<HTMLElement | null>): string | undefined {
  const [current, setCurrent] = useState<string | undefined>(undefined);
  // A stable dependency for a list that is a new array on every render.
  const key = ids.join("\n");

  useEffect(() => {
    const page = scope.current?.closest('[data-slot="staking-page"]');
    if (!page || key === "") return undefined;
    const list = key.split("\n");
    let frame = 0;
    const measure = () => {
      frame = 0;
      let reached: string | undefined;
      for (const id of list) {
        const heading = page.ownerDocument.getElementById(id);
        if (!heading || !page.contains(heading)) continue;
        const margin = Number.parseFloat(getComputedStyle(heading).scrollMarginTop) || 0;
        // Headings come in page order: the first one not reached ends the search.
        if (heading.getBoundingClientRect().top > margin + REACHED_PX) break;
        reached = id;
      }
      setCurrent(reached);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    // Captured on the document, so a page inside a scrolling container is followed too.
    document.addEventListener("scroll", schedule, { capture: true, passive: true });
    window.addEventListener("resize", schedule, { passive: true });
    return () => {
      document.removeEventListener("scroll", schedule, { capture: true });
      window.removeEventListener("resize", schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [key, scope]);

  return current;
}
