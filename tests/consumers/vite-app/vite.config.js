import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  // Keep the output readable for the content checks in run.mjs, as a site's bundle analyser would.
  build: { minify: true, sourcemap: false, reportCompressedSize: false },
});
