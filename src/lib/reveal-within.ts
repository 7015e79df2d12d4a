/**
 * Scrolls `container` — only it, never the page — so that `element` inside it is in view, with
 * `margin` pixels to spare. `element.scrollIntoView` is not used because it also scrolls every
 * scrollable ancestor, the page included, which would pull the reader away from what they read.
 * Does nothing when the element is already in view or the container cannot scroll.
 */
export function revealWithin(container: HTMLElement, element: HTMLElement, margin = 16): void {
  const outer = container.getBoundingClientRect();
  const inner = element.getBoundingClientRect();
  const left = inner.left < outer.left ? inner.left - outer.left - margin : inner.right > outer.right ? inner.right - outer.right + margin : 0;
  const top = inner.top < outer.top ? inner.top - outer.top - margin : inner.bottom > outer.bottom ? inner.bottom - outer.bottom + margin : 0;
  if ((left !== 0 || top !== 0) && typeof container.scrollBy === "function") container.scrollBy({ left, top });
}
