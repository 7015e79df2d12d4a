// The one guard every URL the library renders goes through. A URL is reduced to the form a browser
// (or a careless HTML serializer downstream) would act on — percent-escapes and character
// references decoded a few rounds deep, white space, control and invisible characters removed,
// backslashes read as slashes — before its scheme is judged, so disguised `javascript:`, `data:`
// and `vbscript:` URLs are caught however they are written. Kept small on purpose: ButtonLink and
// YouTube carry it inside 1–2 kB budgets.

function decodeOnce(text: string): string {
  try {
    text = decodeURIComponent(text);
  } catch {
    // A stray "%" is not an escape; the text stays as it is.
  }
  // Numeric references, and the named ones that matter in a scheme: &colon; &Tab; &NewLine; and
  // &amp; (for references hidden inside references).
  return text.replace(/&(#x?[\da-f]+|colon|tab|newline|amp);?/gi, (_, name: string) =>
    name[0] === "#"
      ? String.fromCodePoint(+`0${name.slice(1)}`) // "0x6A" and "0106" both read as numbers
      : ({ colon: ":", amp: "&" } as Record<string, string>)[name.toLowerCase()] ?? "",
  );
}

/**
 * Returns the URL when it is safe to put in an `href` or `src`, otherwise `undefined`.
 * Safe: a relative reference (path, `#fragment`, `?query`) or an absolute URL whose scheme is
 * http, https, mailto or tel. Every other scheme (javascript:, data:, vbscript:, file:…) is refused.
 */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== "string") return undefined;
  // eslint-disable-next-line no-control-regex
  const clean = url.trim().replace(/[\u0000-\u001f\u007f]/g, "");
  let probe = clean;
  try {
    for (let round = 0; round < 4; round += 1) probe = decodeOnce(probe);
  } catch {
    return undefined; // a character reference beyond Unicode: not a URL anyone meant
  }
  // Everything a browser ignores inside a scheme: white space (\s covers the Unicode spaces, line
  // separators and BOM), controls, soft hyphen, zero-width and bidi marks, word joiners.
  // eslint-disable-next-line no-control-regex
  probe = probe.replace(/[\s\u0000-\u001f\u007f-\u009f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064]/g, "").replace(/\\/g, "/");
  const scheme = /^([^/?#]*?):/.exec(probe)?.[1]?.toLowerCase();
  return clean && (scheme === undefined || /^(https?|mailto|tel)$/.test(scheme)) ? clean : undefined;
}

/** True for URLs that leave the site: absolute http(s) and protocol-relative ones. */
export function isExternalHref(url: string): boolean {
  return /^(https?:)?[/\\]{2}/i.test(url.trim());
}
