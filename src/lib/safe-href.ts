// The one guard every URL the library renders goes through. A URL is reduced to the form a browser
// would actually act on (entities decoded, percent-escapes decoded, control characters and white
// space removed, backslashes read as slashes) before its scheme is judged, so that disguised
// `javascript:`, `data:` and `vbscript:` URLs are caught however they are written.

const ALLOWED_SCHEMES = new Set(["http", "https", "mailto", "tel"]);

const NAMED_ENTITIES: Record<string, string> = {
  colon: ":",
  tab: "\t",
  newline: "\n",
  sol: "/",
  bsol: "\\",
  lpar: "(",
  rpar: ")",
  period: ".",
  amp: "&",
  nbsp: " ",
  quot: '"',
  apos: "'",
};

function decodeEntities(input: string): string {
  return input.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (match, body: string) => {
    const lower = body.toLowerCase();
    if (lower.startsWith("#x")) return safeFromCodePoint(parseInt(lower.slice(2), 16), match);
    if (lower.startsWith("#")) return safeFromCodePoint(parseInt(lower.slice(1), 10), match);
    return NAMED_ENTITIES[lower] ?? match;
  });
}

function safeFromCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

function decodePercent(input: string): string {
  try {
    return decodeURIComponent(input);
  } catch {
    return input.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
}

/** The string a browser would read the scheme from. */
function normalizeForScheme(input: string): string {
  let current = input;
  // Nested encodings (`&amp;#106;`, `%256A`) are undone a few rounds deep; more is not a real URL.
  for (let round = 0; round < 4; round += 1) {
    const next = decodePercent(decodeEntities(current));
    if (next === current) break;
    current = next;
  }
  // Browsers drop ASCII white space and control characters anywhere in the scheme.
  // eslint-disable-next-line no-control-regex
  return current.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, "").replace(/\\/g, "/");
}

/**
 * Returns the URL when it is safe to put in an `href` or `src`, otherwise `undefined`.
 * Safe means: a site-relative path, a fragment or query, or an absolute URL with http(s), mailto or
 * tel. Anything with another scheme (javascript:, data:, vbscript:, file:, …) is rejected.
 */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== "string") return undefined;
  // eslint-disable-next-line no-control-regex
  const trimmed = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
  if (trimmed === "" || trimmed.length > 8192) return undefined;
  const normalized = normalizeForScheme(trimmed).toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(normalized)?.[1];
  if (scheme !== undefined) return ALLOWED_SCHEMES.has(scheme) ? stripControl(trimmed) : undefined;
  // No scheme: a relative reference. A colon before the first slash would make the browser read a
  // scheme after all (for example "java%0Ascript:..." decoded differently), so refuse it.
  const firstSlash = normalized.search(/[/?#]/);
  const beforePath = firstSlash === -1 ? normalized : normalized.slice(0, firstSlash);
  if (beforePath.includes(":")) return undefined;
  return stripControl(trimmed);
}

function stripControl(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\u0000-\u001f\u007f]/g, "");
}

/** True for URLs that leave the site: absolute http(s) and protocol-relative ones. */
export function isExternalHref(url: string): boolean {
  return /^(https?:)?\/\//i.test(url.replace(/\\/g, "/"));
}
