// The one guard every URL the library renders goes through. A URL is reduced to the form a browser
// would act on (character references and percent-escapes decoded, a few rounds deep; white space,
// control and invisible characters removed; backslashes read as slashes) before its scheme is
// judged, so disguised `javascript:`, `data:` and `vbscript:` URLs are caught however written.
// Kept small on purpose: ButtonLink and YouTube carry it inside a 1–2 kB budget.

const NAMED: Record<string, string> = { colon: ":", tab: "", newline: "", sol: "/", bsol: "/", period: "." };

function decodeOnce(text: string): string {
  const entities = text.replace(/&(?:#(x?)([\da-f]+)|([a-z]+));?/gi, (match, hex: string, code?: string, name?: string) => {
    if (name) return NAMED[name.toLowerCase()] ?? match;
    const point = parseInt(code!, hex ? 16 : 10);
    return point < 0x110000 ? String.fromCodePoint(point) : match;
  });
  try {
    return decodeURIComponent(entities);
  } catch {
    return entities;
  }
}

// ASCII white space and controls, C1 controls, soft hyphen, zero-width and bidi marks, line and
// paragraph separators, BOM: a browser ignores them inside a scheme, so the guard does too.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/g;

/**
 * Returns the URL when it is safe to put in an `href` or `src`, otherwise `undefined`.
 * Safe: a relative reference (path, `#fragment`, `?query`) or an absolute URL whose scheme is
 * http, https, mailto or tel. Every other scheme (javascript:, data:, vbscript:, file:…) is refused.
 */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== "string" || url.length > 8192) return undefined;
  // eslint-disable-next-line no-control-regex
  const clean = url.trim().replace(/[\u0000-\u001f\u007f]/g, "");
  if (!clean) return undefined;
  let probe = clean;
  for (let round = 0; round < 4; round += 1) {
    const next = decodeOnce(probe);
    if (next === probe) break;
    probe = next;
  }
  probe = probe.replace(INVISIBLE, "").replace(/\\/g, "/").toLowerCase();
  const scheme = /^([^/?#]*?):/.exec(probe)?.[1];
  if (scheme === undefined) return clean;
  return /^(https?|mailto|tel)$/.test(scheme) ? clean : undefined;
}

/** True for URLs that leave the site: absolute http(s) and protocol-relative ones. */
export function isExternalHref(url: string): boolean {
  return /^(https?:)?[/\\]{2}/i.test(url.trim());
}
