import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generatedFiles } from "../src/catalog/docs/generated-files.js";
import { catalogEntries } from "../src/catalog/registry.js";

const root = fileURLToPath(new URL("..", import.meta.url));

describe("npm run docs", () => {
  const files = [...generatedFiles(root, catalogEntries())];

  it.each(files.map(([path, content]) => ({ path, content })))(
    "$path is committed exactly as `npm run docs` writes it",
    ({ path, content }) => {
      const file = join(root, path);
      expect(existsSync(file), `${path} is missing: run npm run docs`).toBe(true);
      // Compared as text so the failure shows the lines that drifted.
      expect(readFileSync(file, "utf8"), `${path} is out of date: run npm run docs`).toBe(content);
    },
  );

  it("covers every registered entry and the root README", () => {
    const paths = files.map(([path]) => path);
    expect(paths).toContain("README.md");
    expect(paths.length).toBe(1 + 2 * catalogEntries().length);
  });
});
