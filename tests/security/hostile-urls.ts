// Hostile URLs: each must be dropped by safeHref, or (the `external` ones) reach the DOM only as a
// link to another site, with rel="noopener noreferrer" and never through the site's router. Shared by
// the server-render test (tests/security) and the browser story (stories/security).

export interface HostileUrl {
  /** What the entry tries. */
  trick: string;
  url: string;
  /**
   * Protocol-relative tricks: a browser reads them as https://evil.example/…, so they are not
   * script, but they leave the site and must be treated as external.
   */
  external?: true;
}

const PAYLOAD = "alert(1)";

export const HOSTILE_URLS: readonly HostileUrl[] = [
  { trick: "plain javascript:", url: `javascript:${PAYLOAD}` },
  { trick: "upper case", url: `JAVASCRIPT:${PAYLOAD}` },
  { trick: "mixed case", url: `JaVaScRiPt:${PAYLOAD}` },
  { trick: "leading spaces", url: `   javascript:${PAYLOAD}` },
  { trick: "leading tab", url: `\tjavascript:${PAYLOAD}` },
  { trick: "leading newline", url: `\njavascript:${PAYLOAD}` },
  { trick: "tab inside the scheme", url: `java\tscript:${PAYLOAD}` },
  { trick: "newline inside the scheme", url: `java\nscript:${PAYLOAD}` },
  { trick: "carriage return inside the scheme", url: `jav\rascript:${PAYLOAD}` },
  { trick: "leading NUL", url: `\u0000javascript:${PAYLOAD}` },
  { trick: "leading C0 control", url: `\u001Fjavascript:${PAYLOAD}` },
  { trick: "NUL before the colon", url: `javascript\u0000:${PAYLOAD}` },
  { trick: "zero-width space inside", url: `java\u200Bscript:${PAYLOAD}` },
  { trick: "byte order mark first", url: `\uFEFFjavascript:${PAYLOAD}` },
  { trick: "decimal entity", url: `&#106;avascript:${PAYLOAD}` },
  { trick: "hex entity", url: `&#x6A;avascript:${PAYLOAD}` },
  { trick: "zero-padded entity without semicolon", url: `&#0000106avascript:${PAYLOAD}` },
  { trick: "named entity colon", url: `javascript&colon;${PAYLOAD}` },
  { trick: "numeric entity colon", url: `javascript&#58;${PAYLOAD}` },
  { trick: "entity tab inside", url: `jav&#x09;ascript:${PAYLOAD}` },
  { trick: "named entity tab first", url: `&Tab;javascript:${PAYLOAD}` },
  { trick: "percent-encoded letter", url: `%6Aavascript:${PAYLOAD}` },
  { trick: "percent-encoded colon", url: `javascript%3A${PAYLOAD}` },
  { trick: "double percent encoding", url: `%256Aavascript:${PAYLOAD}` },
  { trick: "entity of an entity", url: `&amp;#106;avascript:${PAYLOAD}` },
  { trick: "entity of a percent escape", url: `&#37;6Aavascript:${PAYLOAD}` },
  { trick: "javascript: with a comment and newline", url: `javascript://%0A${PAYLOAD}` },
  { trick: "data: HTML", url: "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" },
  { trick: "data: upper case", url: "DATA:text/html,<script>alert(1)</script>" },
  { trick: "data: SVG with a leading space", url: " data:image/svg+xml,<svg onload=alert(1)>" },
  { trick: "data: with entity colon", url: "data&colon;text/html,<script>alert(1)</script>" },
  { trick: "vbscript:", url: "vbscript:msgbox(1)" },
  { trick: "vbscript: mixed case", url: "VbScRiPt:msgbox(1)" },
  { trick: "file:", url: "file:///etc/passwd" },
  { trick: "blob:", url: "blob:https://evil.example/0b3c" },
  { trick: "protocol-relative", url: "//evil.example/x", external: true },
  { trick: "slash backslash", url: "/\\evil.example/x", external: true },
  { trick: "two backslashes", url: "\\\\evil.example/x", external: true },
  { trick: "backslash slash", url: "\\/evil.example/x", external: true },
  { trick: "slash tab slash", url: "/\t/evil.example/x", external: true },
  { trick: "leading spaces then //", url: "  //evil.example/x", external: true },
];

/** The attributes through which an element loads or navigates to a URL. */
export const URL_ATTRIBUTES = [
  "href",
  "src",
  "srcset",
  "action",
  "formaction",
  "poster",
  "data",
  "xlink:href",
  "ping",
  "background",
  "cite",
  "longdesc",
  "manifest",
] as const;

export const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:", "tel:"]);

/** The origin the checks resolve relative URLs against, standing in for the site. */
export const SITE_ORIGIN = "https://site.example";

export interface UrlProblem {
  attribute: string;
  value: string;
  problem: string;
}

/**
 * Every problem with the URL attributes of `root`: a protocol other than http(s)/mailto/tel as a
 * browser parses it (WHATWG URL, which also strips tabs/newlines and reads backslashes as slashes),
 * or a link to another origin without rel="noopener noreferrer" or rendered by the site's router.
 */
export function urlProblems(root: ParentNode, URLClass: typeof URL = URL): UrlProblem[] {
  const problems: UrlProblem[] = [];
  const selector = URL_ATTRIBUTES.map((name) => `[${name.replace(":", "\\:")}]`).join(",");
  for (const element of Array.from(root.querySelectorAll(selector))) {
    for (const attribute of Array.from(element.attributes)) {
      if (!(URL_ATTRIBUTES as readonly string[]).includes(attribute.name.toLowerCase())) continue;
      const candidates = attribute.name.toLowerCase() === "srcset" ? srcsetUrls(attribute.value) : [attribute.value];
      for (const value of candidates) {
        let url: URL;
        try {
          url = new URLClass(value, `${SITE_ORIGIN}/page/`);
        } catch {
          // Unparseable: a browser does not navigate or load it either.
          continue;
        }
        if (!SAFE_PROTOCOLS.has(url.protocol)) {
          problems.push({ attribute: attribute.name, value, problem: `protocol ${url.protocol}` });
          continue;
        }
        const isLink = attribute.name.toLowerCase() === "href" && element.tagName.toLowerCase() === "a";
        if (isLink && /^https?:$/.test(url.protocol) && url.origin !== SITE_ORIGIN) {
          const rel = new Set((element.getAttribute("rel") ?? "").toLowerCase().split(/\s+/));
          if (!rel.has("noopener") || !rel.has("noreferrer")) {
            problems.push({ attribute: attribute.name, value, problem: "external link without rel=noopener noreferrer" });
          }
          if (element.hasAttribute("data-router")) {
            problems.push({ attribute: attribute.name, value, problem: "external link rendered by the router" });
          }
        }
      }
    }
  }
  return problems;
}

function srcsetUrls(value: string): string[] {
  return value
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter((url) => url !== "");
}
