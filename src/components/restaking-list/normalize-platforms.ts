// Turns the `platforms` prop into entries that are safe to render. Site data may come from CMSs,
// JSON or MDX, so every field is checked at run time: an entry with a missing or wrongly typed
// field is skipped, an unsafe URL is dropped (no link, or a monogram instead of the logo), and each
// problem is reported with the prop path so the site can find it. Nothing here throws.
import { devWarn } from "../../lib/dev-warning.js";
import { safeHref } from "../../lib/safe-href.js";

// Checked inline rather than through a shared constant: bundlers fold this expression while
// parsing, so production bundles drop the warnings together with `typeName`.
declare const process: { env: Record<string, string | undefined> };

export interface ListedPlatform {
  /** Unique React key. */
  key: string;
  id: string | undefined;
  name: string;
  kind: string | undefined;
  description: string | undefined;
  /** The URL as given when it passed safeHref; undefined when unsafe. */
  url: string | undefined;
  /** The logo URL when it passed safeHref. */
  logo: string | undefined;
}

const COMPONENT = "RestakingList";

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return value.trim() === "" ? "an empty string" : JSON.stringify(value);
  if (Array.isArray(value)) return "an array";
  return typeof value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Returns the renderable platforms; `undefined` input is not handled here (it means "defaults"). */
export function normalizePlatforms(input: unknown): ListedPlatform[] {
  if (!Array.isArray(input)) {
    process.env.NODE_ENV !== "production" && devWarn(COMPONENT, `\`platforms\` must be an array; received ${typeName(input)}. Nothing is rendered.`);
    return [];
  }
  if (input.length === 0) {
    process.env.NODE_ENV !== "production" && devWarn(COMPONENT, "`platforms` is an empty array. Nothing is rendered.");
    return [];
  }
  const listed: ListedPlatform[] = [];
  input.forEach((entry: unknown, index) => {
    const path = `\`platforms[${index}]\``;
    if (!isRecord(entry)) {
      process.env.NODE_ENV !== "production" && devWarn(COMPONENT, `${path} must be an object; received ${typeName(entry)}. The entry is skipped.`);
      return;
    }
    for (const field of ["name", "url"] as const) {
      const value = entry[field];
      if (typeof value !== "string" || value.trim() === "") {
        process.env.NODE_ENV !== "production" && devWarn(
          COMPONENT,
          `\`platforms[${index}].${field}\` must be a non-empty string; received ${typeName(value)}. The entry is skipped.`,
        );
        return;
      }
    }
    for (const field of ["id", "kind", "description", "logo"] as const) {
      const value = entry[field];
      if (value !== undefined && typeof value !== "string") {
        process.env.NODE_ENV !== "production" && devWarn(
          COMPONENT,
          `\`platforms[${index}].${field}\` must be a string when given; received ${typeName(value)}. The entry is skipped.`,
        );
        return;
      }
    }
    const record = entry as Record<"name" | "url", string> & Partial<Record<"id" | "kind" | "description" | "logo", string>>;
    const url = safeHref(record.url);
    if (process.env.NODE_ENV !== "production" && url === undefined) {
      devWarn(
        COMPONENT,
        `\`platforms[${index}].url\` ${JSON.stringify(record.url)} is not a safe URL. The platform is shown without a link.`,
      );
    }
    const logo = record.logo === undefined || record.logo.trim() === "" ? undefined : safeHref(record.logo);
    if (process.env.NODE_ENV !== "production" && record.logo !== undefined && record.logo.trim() !== "" && logo === undefined) {
      devWarn(
        COMPONENT,
        `\`platforms[${index}].logo\` ${JSON.stringify(record.logo)} is not a safe URL. A monogram is shown instead.`,
      );
    }
    listed.push({
      key: `${index}:${record.id ?? record.name}`,
      id: record.id,
      name: record.name.trim(),
      kind: nonEmpty(record.kind),
      description: nonEmpty(record.description),
      url,
      logo,
    });
  });
  return listed;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value;
}
