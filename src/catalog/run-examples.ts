import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { CatalogEntry } from "./entry.js";
import { entryFolder } from "./registry.js";

export interface RunExamplesOptions {
  /** The repository root, where `catalog/` is. */
  root: string;
  /** Progress and summaries. */
  write: (text: string) => void;
  /**
   * Stream each example's own output as it runs (running one example); otherwise it is kept and
   * printed only when the example fails, so a run of all of them stays one line per entry.
   */
  stream?: boolean;
  /** Extra environment for the examples. */
  env?: Record<string, string>;
}

export interface ExampleOutcome {
  entry: CatalogEntry;
  ok: boolean;
  code: number | null;
}

/** Runs each entry's `example.ts` in its own Node process, in order; resolves with every outcome. */
export async function runExamples(
  entries: CatalogEntry[],
  options: RunExamplesOptions,
): Promise<ExampleOutcome[]> {
  const outcomes: ExampleOutcome[] = [];
  for (const [index, entry] of entries.entries()) {
    const file = join(entryFolder(entry), "example.ts");
    const label = `[${index + 1}/${entries.length}] ${entry.section}/${entry.id}`;
    if (!existsSync(join(options.root, file))) {
      options.write(`${label}: FAILED, ${file} does not exist\n`);
      outcomes.push({ entry, ok: false, code: null });
      continue;
    }
    options.write(options.stream ? `${label}: npx tsx ${file}\n` : `${label} ... `);
    const { code, output } = await runFile(options, file);
    const ok = code === 0;
    if (options.stream) options.write(ok ? `\n${label}: ok\n` : `\n${label}: FAILED (exit code ${code})\n`);
    else if (ok) options.write("ok\n");
    else options.write(`FAILED (exit code ${code})\n${indent(output)}\n`);
    outcomes.push({ entry, ok, code });
  }
  const failed = outcomes.filter((outcome) => !outcome.ok);
  options.write(
    failed.length === 0
      ? `${outcomes.length} example${outcomes.length === 1 ? "" : "s"} passed\n`
      : `${failed.length} of ${outcomes.length} failed: ${failed.map((o) => `${o.entry.section}/${o.entry.id}`).join(", ")}\n`,
  );
  return outcomes;
}

/** tsx's loader by absolute URL, so examples run from any working directory. */
function tsxLoader(): string {
  const manifest = createRequire(import.meta.url).resolve("tsx/package.json");
  return pathToFileURL(join(dirname(manifest), "dist", "loader.mjs")).href;
}

function runFile(
  options: RunExamplesOptions,
  file: string,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    // tsx registered as a loader in a plain node process: no npx lookup per example.
    const child = spawn(process.execPath, ["--import", tsxLoader(), file], {
      cwd: options.root,
      env: { ...process.env, ...options.env },
      stdio: options.stream ? "inherit" : "pipe",
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", (error) => resolve({ code: null, output: String(error) }));
    child.on("close", (code) => resolve({ code, output }));
  });
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split("\n")
    .map((line) => `    ${line}`)
    .join("\n");
}
