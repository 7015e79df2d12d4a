// CommonJS that Node loads itself (react-dom's `require("react")`, and any other externalized
// package) resolves React through Node, not through Vite's aliases: without this hook react-dom 18
// would run against the root React 19 and every hook call would fail. Loaded first, before anything
// imports React.
import Module from "node:module";
import { REACT18_MODULES } from "../react18.mjs";

type ResolveFilename = (this: unknown, request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: ResolveFilename };
const resolveFilename = loader._resolveFilename;

loader._resolveFilename = function resolveReact18(request, ...rest) {
  return resolveFilename.call(this, REACT18_MODULES[request] ?? request, ...rest);
};
