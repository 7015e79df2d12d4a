import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { fileURLToPath } from "node:url";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./tests/setup/chromium.mjs";
import { react18Aliases } from "./tests/hydration/react18.mjs";

const dirname = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [react()],
        test: {
          name: "unit",
          environment: "jsdom",
          include: ["tests/unit/**/*.test.{ts,tsx}"],
          setupFiles: ["tests/setup/jsdom.ts", "tests/setup/locales.ts"],
        },
      },
      {
        plugins: [react()],
        test: {
          name: "ssr",
          environment: "node",
          include: ["tests/ssr/**/*.test.{ts,tsx}"],
          setupFiles: ["tests/setup/locales.ts"],
        },
      },
      {
        // Property-based server rendering: no DOM, as on a server.
        plugins: [react()],
        test: { name: "fuzz", environment: "node", include: ["tests/fuzz/**/*.test.{ts,tsx}"], globalSetup: ["tests/fuzz/global-setup.ts"], setupFiles: ["tests/setup/locales.ts"], testTimeout: 120_000 },
      },
      {
        plugins: [react()],
        test: { name: "security", environment: "node", include: ["tests/security/**/*.test.{ts,tsx}"], setupFiles: ["tests/setup/locales.ts"], testTimeout: 60_000 },
      },
      {
        plugins: [react()],
        test: {
          name: "hydration",
          environment: "jsdom",
          // Each file evaluates the library twice (server and client copies) before its first test.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          include: ["tests/hydration/**/*.test.{ts,tsx}"],
          setupFiles: ["tests/setup/locales.ts", "tests/hydration/setup/hydration.ts"],
          env: { STAKING_UI_REACT_MAJOR: "19" },
          // Inlined so the server copy and the client copy each get their own (Radix picks its
          // layout-effect branch from `document` when its module loads).
          server: { deps: { inline: [/@radix-ui\//] } },
        },
      },
      {
        // The same hydration tests against React 18: React and React DOM resolve to the react-18 /
        // react-dom-18 aliases everywhere, inside the inlined dependencies that import React too.
        plugins: [react()],
        resolve: { alias: react18Aliases },
        test: {
          name: "hydration-react18",
          environment: "jsdom",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          include: ["tests/hydration/**/*.test.{ts,tsx}"],
          setupFiles: ["tests/hydration/setup/react18-require.ts", "tests/setup/locales.ts", "tests/hydration/setup/hydration.ts"],
          env: { STAKING_UI_REACT_MAJOR: "18" },
          server: { deps: { inline: [/@radix-ui\//] } },
        },
      },
      {
        test: {
          name: "package",
          environment: "node",
          include: ["tests/package/**/*.test.ts"],
          testTimeout: 240_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
      {
        plugins: [storybookTest({ configDir: `${dirname}.storybook` })],
        test: {
          name: "storybook",
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
              contextOptions: { reducedMotion: "reduce", locale: "en-US", timezoneId: "UTC" },
            }),
            instances: [{ browser: "chromium" }],
          },
        },
      },
    ],
  },
});
