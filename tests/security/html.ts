import { createRequire } from "node:module";

// jsdom ships no types of its own; this is the one constructor the tests need.
interface JsdomModule {
  JSDOM: new (html: string) => { window: { document: Document; URL: typeof URL } };
}
const { JSDOM } = createRequire(import.meta.url)("jsdom") as JsdomModule;

/** Parses server HTML the way a browser does (entities in attributes decoded, and so on). */
export function parseHtml(html: string): Document {
  return new JSDOM(`<!doctype html><html><body>${html}</body></html>`).window.document;
}
