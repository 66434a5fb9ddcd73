import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "**/*.generated.ts", "bench/results/", "tests/python/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-constant-condition": ["error", { checkLoops: false }],
      "no-control-regex": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
      "no-fallthrough": "off",
    },
  },
  // CommonJS scripts (bin/run.cjs, the worker's entry, and bin/swallow.js, which
  // bin/package.json makes CommonJS) load modules with require().
  {
    files: ["**/*.cjs", "bin/*.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
