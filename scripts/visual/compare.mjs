// Pixel comparison of a screenshot with its committed baseline. Exact by default: any pixel whose
// RGBA bytes differ counts, and one differing pixel fails. pixelmatch (threshold 0, anti-aliased
// pixels included) paints the diff image for a human to look at.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";

/**
 * "unstable": differed, but a second load of the story matched (set by the harness).
 * @typedef {{ status: "match" | "differ" | "unstable" | "missing" | "written" | "unchanged", diffPixels: number, detail: string, files: { baseline: string, actual?: string, diff?: string, expected?: string } }} Comparison
 */

/** Number of pixels whose RGBA bytes differ; both images have the same size. */
function countDifferentPixels(/** @type {Buffer} */ a, /** @type {Buffer} */ b) {
  const left = new Uint32Array(a.buffer, a.byteOffset, a.length / 4);
  const right = new Uint32Array(b.buffer, b.byteOffset, b.length / 4);
  let count = 0;
  for (let index = 0; index < left.length; index += 1) if (left[index] !== right[index]) count += 1;
  return count;
}

/** Copies an image onto a transparent canvas of the given size, so different sizes can be diffed. */
function padTo(/** @type {PNG} */ image, /** @type {number} */ width, /** @type {number} */ height) {
  if (image.width === width && image.height === height) return image;
  const padded = new PNG({ width, height, fill: true });
  PNG.bitblt(image, padded, 0, 0, image.width, image.height, 0, 0);
  return padded;
}

/**
 * Compares `png` with `<baselineDir>/<name>.png`. With `update`, writes the baseline instead — only
 * when its pixels changed, so an update never touches files whose image is the same.
 * On a difference or a missing baseline, the actual image (and a diff and a copy of the expected
 * image) go to `outputDir`.
 * @param {{ png: Buffer, name: string, baselineDir: string, outputDir: string, update: boolean }} options
 * @returns {Promise<Comparison>}
 */
export async function compareWithBaseline({ png, name, baselineDir, outputDir, update }) {
  const baseline = join(baselineDir, `${name}.png`);
  const existing = await readFile(baseline).catch(() => null);
  // Chromium encodes the same pixels to the same bytes, so equal files need no decoding; only a
  // byte difference is checked pixel by pixel (another encoder may have written the baseline).
  if (existing && existing.equals(png)) {
    return { status: update ? "unchanged" : "match", diffPixels: 0, detail: "", files: { baseline } };
  }
  const actualImage = PNG.sync.read(png);
  const expectedImage = existing ? PNG.sync.read(existing) : null;
  const sameSize = expectedImage && expectedImage.width === actualImage.width && expectedImage.height === actualImage.height;
  const diffPixels = expectedImage && sameSize ? countDifferentPixels(expectedImage.data, actualImage.data) : -1;

  if (update) {
    if (diffPixels === 0) return { status: "unchanged", diffPixels: 0, detail: "", files: { baseline } };
    await mkdir(baselineDir, { recursive: true });
    await writeFile(baseline, png);
    return { status: "written", diffPixels, detail: existing ? "changed" : "new", files: { baseline } };
  }
  if (diffPixels === 0) return { status: "match", diffPixels: 0, detail: "", files: { baseline } };

  await mkdir(outputDir, { recursive: true });
  const actual = join(outputDir, `${name}-actual.png`);
  await writeFile(actual, png);
  if (!expectedImage) {
    return { status: "missing", diffPixels: -1, detail: "no baseline", files: { baseline, actual } };
  }
  const width = Math.max(expectedImage.width, actualImage.width);
  const height = Math.max(expectedImage.height, actualImage.height);
  const diffImage = new PNG({ width, height });
  const painted = pixelmatch(padTo(expectedImage, width, height).data, padTo(actualImage, width, height).data, diffImage.data, width, height, {
    threshold: 0,
    includeAA: true,
  });
  const diff = join(outputDir, `${name}-diff.png`);
  const expected = join(outputDir, `${name}-expected.png`);
  await writeFile(diff, PNG.sync.write(diffImage));
  await writeFile(expected, existing ?? Buffer.alloc(0));
  const detail = sameSize
    ? `${diffPixels} of ${width * height} pixels differ`
    : `size ${actualImage.width}×${actualImage.height} instead of ${expectedImage.width}×${expectedImage.height} (${painted} pixels differ in the overlay)`;
  return { status: "differ", diffPixels: sameSize ? diffPixels : painted, detail, files: { baseline, actual, diff, expected } };
}

/**
 * Whether `png` has exactly the pixels of the baseline file.
 * @param {Buffer} png
 * @param {string} baseline
 */
export async function matchesBaseline(png, baseline) {
  const existing = await readFile(baseline).catch(() => null);
  if (!existing) return false;
  if (existing.equals(png)) return true;
  const a = PNG.sync.read(existing);
  const b = PNG.sync.read(png);
  return a.width === b.width && a.height === b.height && countDifferentPixels(a.data, b.data) === 0;
}
