import type { StorybookConfig } from "@storybook/react-vite";
import remarkGfm from "remark-gfm";

const config: StorybookConfig = {
  stories: ["../stories/**/*.mdx", "../stories/**/*.stories.@(ts|tsx)"],
  addons: [
    // GitHub-flavoured Markdown (tables) in the MDX docs pages.
    { name: "@storybook/addon-docs", options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    "@storybook/addon-a11y",
    "@storybook/addon-vitest",
  ],
  framework: { name: "@storybook/react-vite", options: {} },
  core: { disableTelemetry: true },
  typescript: { reactDocgen: "react-docgen-typescript" },
  async viteFinal(viteConfig) {
    // Radix modules start with "use client"; Rollup warns that it drops the directive from the
    // bundle, which is expected in a static Storybook build.
    viteConfig.build ??= {};
    viteConfig.build.rollupOptions ??= {};
    const previous = viteConfig.build.rollupOptions.onwarn;
    viteConfig.build.rollupOptions.onwarn = (warning, warn) => {
      if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
      if (previous) previous(warning, warn);
      else warn(warning);
    };
    viteConfig.build.chunkSizeWarningLimit = 4096;
    // evaluatePage imports the MDX compiler lazily; listing it here lets Vite pre-bundle it up
    // front instead of discovering it mid-test and reloading the page.
    viteConfig.optimizeDeps ??= {};
    viteConfig.optimizeDeps.include = [
      ...(viteConfig.optimizeDeps.include ?? []),
      // Every runtime dependency, named up front: a dependency Vite discovers in the middle of a
      // test run makes it re-optimize and reload the page, failing whatever story was running.
      "@mdx-js/mdx",
      "remark-gfm",
      "react/jsx-runtime",
      "react-dom/client",
      "@radix-ui/react-collapsible",
      "class-variance-authority",
      "gemoji",
      "yaml",
      "github-slugger",
    ];
    return viteConfig;
  },
};

export default config;
