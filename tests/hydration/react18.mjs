// The React 18 copies installed next to React 19 as npm aliases (`react-18`, `react-dom-18`), and
// the module ids that must resolve to them in the "hydration-react18" project. Shared by the Vite
// aliases (code Vite transforms: sources, tests, inlined dependencies) and by the require hook in
// setup/react18-require.ts (CommonJS that Node loads itself, above all react-dom's own
// `require("react")`, which would otherwise find the root React 19). Plain ESM so the Vitest config
// can import it without a TypeScript loader.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const react = dirname(require.resolve("react-18/package.json"));
const reactDom = dirname(require.resolve("react-dom-18/package.json"));

/** Module id → file of the React 18 copy. */
export const REACT18_MODULES = Object.freeze({
  react: join(react, "index.js"),
  "react/jsx-runtime": join(react, "jsx-runtime.js"),
  "react/jsx-dev-runtime": join(react, "jsx-dev-runtime.js"),
  "react-dom": join(reactDom, "index.js"),
  "react-dom/client": join(reactDom, "client.js"),
  "react-dom/server": join(reactDom, "server.node.js"),
  "react-dom/test-utils": join(reactDom, "test-utils.js"),
});

/** Exact-match Vite aliases: `react` must not also catch `react-dom` or `react-18`. */
export const react18Aliases = Object.entries(REACT18_MODULES).map(([id, file]) => ({
  find: new RegExp(`^${id.replace(/[/-]/g, "\\$&")}$`),
  replacement: file,
}));
