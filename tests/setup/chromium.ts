// The path and flags live in chromium.mjs so the plain-Node visual harness can import them too.
export { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.mjs";
