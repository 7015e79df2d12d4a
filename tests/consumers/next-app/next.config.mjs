import { fileURLToPath } from "node:url";

/** @type {import("next").NextConfig} */
const config = {
  // The app is built in a temporary folder; pin the root so Next does not adopt a lockfile above it.
  turbopack: { root: fileURLToPath(new URL(".", import.meta.url)) },
};

export default config;
