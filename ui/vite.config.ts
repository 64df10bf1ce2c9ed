import { defineConfig } from "vitest/config";

export default defineConfig({
  // The FTL files in ../locales are imported at build time; nothing is fetched at run time.
  server: { fs: { allow: [".."] }, port: 1420, strictPort: true },
  build: { outDir: "dist", emptyOutDir: true, target: "es2021" },
  test: { include: ["src/**/*.test.ts"] },
});
