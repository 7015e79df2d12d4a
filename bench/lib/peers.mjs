// The libraries we compare against live in their own folder (.cache/bench-peers), outside the
// package's dependencies: a consumer of staking-ui never installs them, and CI's `npm ci` stays
// lean. Versions are pinned so that numbers from two runs compare like for like.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./paths.mjs";

export const PEERS_DIR = join(ROOT, ".cache", "bench-peers");
export const PEERS_MODULES = join(PEERS_DIR, "node_modules");

function installedVersion(name, base = join(ROOT, "node_modules")) {
  return JSON.parse(readFileSync(join(base, name, "package.json"), "utf8")).version;
}

/** The manifest of the peer folder. React is pinned to the version staking-ui is developed with. */
export function peerManifest() {
  return {
    name: "staking-ui-bench-peers",
    private: true,
    description: "Libraries staking-ui is benchmarked against. Installed by `npm run bench`.",
    dependencies: {
      "@mantine/core": "9.7.4",
      "@mantine/hooks": "9.7.4",
      "@radix-ui/themes": "3.3.0",
      // 3.38 needs an @ark-ui/react release the registry mirror here does not carry yet.
      "@chakra-ui/react": "3.37.0",
      "@emotion/react": "11.14.0",
      // The primitives staking-ui itself builds on, at the exact versions it depends on.
      "@radix-ui/react-accordion": installedVersion("@radix-ui/react-accordion"),
      "@radix-ui/react-tabs": installedVersion("@radix-ui/react-tabs"),
      react: installedVersion("react"),
      "react-dom": installedVersion("react-dom"),
    },
  };
}

/** Installs the peers when the folder is missing or its manifest changed; returns the folder. */
export function ensurePeers({ log = console.log } = {}) {
  const manifest = JSON.stringify(peerManifest(), null, 2) + "\n";
  const manifestPath = join(PEERS_DIR, "package.json");
  const stampPath = join(PEERS_DIR, ".installed");
  const current = existsSync(stampPath) ? readFileSync(stampPath, "utf8") : "";
  if (current === manifest && existsSync(PEERS_MODULES)) return PEERS_DIR;

  mkdirSync(PEERS_DIR, { recursive: true });
  writeFileSync(manifestPath, manifest);
  log(`Installing benchmark peers into ${PEERS_DIR} …`);
  execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: PEERS_DIR,
    stdio: ["ignore", "inherit", "inherit"],
  });
  writeFileSync(stampPath, manifest);
  return PEERS_DIR;
}

export function peerVersion(name) {
  return installedVersion(name, PEERS_MODULES);
}
