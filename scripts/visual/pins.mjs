// What a story pins for itself, which beats what the harness asks for in the URL:
// - a viewport (`globals: { viewport: { value: "mobile1" } }` or `parameters.viewport.defaultViewport`):
//   its play function assumes that size. The Vitest addon resizes its page for such stories; the
//   static iframe does not, so the harness makes the same lookup, loads the story at that size and
//   pictures it at that width only.
// - a theme (`globals: { theme: "dark" }`): the story looks the same whatever theme is asked for,
//   so the visits for the other theme would only repeat it, pixel for pixel; they are skipped.
import { MINIMAL_VIEWPORTS } from "storybook/viewport";

/** Pixel size of a viewport dimension ("320px", "320"); other units are not used by our stories. */
const pixels = (/** @type {unknown} */ value) => {
  const match = /^(\d+)(px)?$/.exec(String(value ?? "").trim());
  return match ? Number(match[1]) : null;
};

/**
 * @typedef {{ viewport: { width: number, height: number } | null, theme: string | null }} Pins
 */

/**
 * The viewport and theme the loaded story pins (null for each it does not pin).
 * @param {import("playwright-core").Page} page
 * @returns {Promise<Pins>}
 */
export async function readPins(page) {
  const found = await page.evaluate(() => {
    const story = /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.currentRender?.story;
    const own = story?.storyGlobals ?? {};
    const parameter = story?.parameters?.viewport ?? {};
    const disabled = Boolean(parameter.disable || parameter.disabled);
    const name = disabled ? undefined : (own.viewport?.value ?? parameter.defaultViewport);
    const custom = name ? { ...parameter.viewports, ...parameter.options }[name] : undefined;
    return {
      theme: typeof own.theme === "string" ? own.theme : null,
      viewportName: name ? String(name) : null,
      styles: custom?.styles ?? null,
    };
  });
  const styles =
    found.styles ??
    (found.viewportName
      ? /** @type {Record<string, { styles: { width: string, height: string } }>} */ (MINIMAL_VIEWPORTS)[found.viewportName]?.styles
      : null);
  const width = pixels(styles?.width);
  const height = pixels(styles?.height);
  return { viewport: width && height ? { width, height } : null, theme: found.theme };
}
