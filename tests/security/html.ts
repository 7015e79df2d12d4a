import { createRequire } from "node:module";

// jsdom ships no types of its own; this is the one constructor the tests need.
interface JsdomWindow {
  DOMParser: typeof DOMParser;
}
interface JsdomModule {
  JSDOM: new (html: string) => { window: JsdomWindow };
}

let parser: DOMParser | undefined;

/** Parses server HTML the way a browser does (entities in attributes decoded, and so on). */
export function parseHtml(html: string): Document {
  if (!parser) {
    // One window for the whole file: creating a jsdom window costs far more than parsing.
    const { JSDOM } = createRequire(import.meta.url)("jsdom") as JsdomModule;
    parser = new new JSDOM("").window.DOMParser();
  }
  return parser.parseFromString(`<!doctype html><html><body>${html}</body></html>`, "text/html");
}
