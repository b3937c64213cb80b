#!/usr/bin/env node
// Starts the TypeScript CLI fast. Compiling on the fly costs ~200 ms per start, so the sources are
// bundled once into a cached JavaScript file, rebuilt whenever any source file changes. If the
// bundle cannot be built or cached, the sources run through tsx instead.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { fileURLToPath, pathToFileURL, URL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const sourceDir = join(root, "src");
// The bundle also holds the catalog (served by `serve --catalog`), so its sources count too.
const bundledDirs = ["src", "catalog"];

let bundle;
try {
  bundle = cachedBundle();
} catch {
  bundle = undefined;
}
if (bundle) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}

function cachedBundle() {
  const sources = bundledDirs
    .flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true }).map((name) => join(dir, String(name))),
    )
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
    .sort();
  const signature = createHash("sha256");
  // Dependencies are bundled too: a changed lock file means changed dependencies.
  for (const lock of ["package-lock.json", "package.json"]) {
    try {
      const stats = statSync(join(root, lock));
      signature.update(`${lock}\0${stats.size}\0${stats.mtimeMs}\n`);
    } catch {
      // An installed package may ship without its lock file.
    }
  }
  for (const name of sources) {
    const stats = statSync(join(root, name));
    signature.update(`${name}\0${stats.size}\0${stats.mtimeMs}\n`);
  }
  const rootKey = createHash("sha256").update(root).digest("hex").slice(0, 12);
  const dir = cacheDirectory();
  const prefix = `cli-${rootKey}-`;
  const file = join(dir, `${prefix}${signature.digest("hex").slice(0, 16)}.mjs`);
  try {
    statSync(file);
    return file;
  } catch {
    // Not built yet for these sources.
  }
  const requireHere = createRequire(import.meta.url);
  const esbuild = createRequire(requireHere.resolve("tsx/package.json"))("esbuild");
  const partial = `${file}.${process.pid}.tmp`;
  esbuild.buildSync({
    entryPoints: [join(sourceDir, "cli", "main.ts")],
    outfile: partial,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "silent",
    // Bundled CommonJS dependencies may require Node built-ins.
    banner: {
      js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);',
    },
  });
  renameSync(partial, file);
  for (const old of readdirSync(dir)) {
    if (old.startsWith(prefix) && join(dir, old) !== file && old.endsWith(".mjs")) {
      rmSync(join(dir, old), { force: true });
    }
  }
  return file;
}

/**
 * The project's own node_modules/.cache when writable, else a per-user directory under the
 * system temp dir. Code is loaded from here, so a directory someone else owns or can write to is
 * refused (and the sources then run through tsx).
 */
function cacheDirectory() {
  const uid = process.getuid?.();
  for (const dir of [
    join(root, "node_modules", ".cache", "dynamodb-patterns"),
    join(tmpdir(), `dynamodb-patterns-${uid ?? "user"}`),
  ]) {
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const stats = statSync(dir);
      if ((uid === undefined || stats.uid === uid) && (stats.mode & 0o022) === 0) return dir;
    } catch {
      // Not writable here; try the next place.
    }
  }
  throw new Error("no private cache directory");
}
