// Stories can pin a viewport (`globals: { viewport: { value: "mobile1" } }` or
// `parameters.viewport.defaultViewport`); their play functions then assume that size. The Vitest
// addon resizes its page for them; the static iframe does not, so the harness does the same lookup
// and loads such stories at that size — and screenshots them only at that width.
import { MINIMAL_VIEWPORTS } from "storybook/viewport";

/** Pixel size of a viewport dimension ("320px", "320"); other units are not used by our stories. */
const pixels = (/** @type {unknown} */ value) => {
  const match = /^(\d+)(px)?$/.exec(String(value ?? "").trim());
  return match ? Number(match[1]) : null;
};

/**
 * The viewport the loaded story pins, or null when it pins none.
 * @param {import("playwright-core").Page} page
 * @returns {Promise<{ width: number, height: number } | null>}
 */
export async function pinnedViewport(page) {
  const pinned = await page.evaluate(() => {
    const story = /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.currentRender?.story;
    const parameter = story?.parameters?.viewport ?? {};
    if (parameter.disable || parameter.disabled) return null;
    const name = story?.storyGlobals?.viewport?.value ?? parameter.defaultViewport;
    if (!name) return null;
    const own = { ...parameter.viewports, ...parameter.options }[name];
    return { name: String(name), styles: own?.styles ?? null };
  });
  if (!pinned) return null;
  const styles = pinned.styles ?? /** @type {Record<string, { styles: { width: string, height: string } }>} */ (MINIMAL_VIEWPORTS)[pinned.name]?.styles;
  const width = pixels(styles?.width);
  const height = pixels(styles?.height);
  return width && height ? { width, height } : null;
}
