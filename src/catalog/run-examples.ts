import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ExampleFile } from "./examples.js";

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
  example: ExampleFile;
  ok: boolean;
  code: number | null;
}

/** Runs each example file in its own Node process, in order; resolves with every outcome. */
export async function runExamples(
  examples: ExampleFile[],
  options: RunExamplesOptions,
): Promise<ExampleOutcome[]> {
  const outcomes: ExampleOutcome[] = [];
  for (const [index, example] of examples.entries()) {
    const { file } = example;
    const label = `[${index + 1}/${examples.length}] ${example.entry.section}/${example.entry.id}/${example.name}`;
    options.write(options.stream ? `${label}: npx tsx ${file}\n` : `${label} ... `);
    const { code, output } = await runFile(options, file);
    const ok = code === 0;
    if (options.stream) options.write(ok ? `\n${label}: ok\n` : `\n${label}: FAILED (exit code ${code})\n`);
    else if (ok) options.write("ok\n");
    else options.write(`FAILED (exit code ${code})\n${indent(output)}\n`);
    outcomes.push({ example, ok, code });
  }
  const failed = outcomes.filter((outcome) => !outcome.ok);
  options.write(
    failed.length === 0
      ? `${outcomes.length} example${outcomes.length === 1 ? "" : "s"} passed\n`
      : `${failed.length} of ${outcomes.length} failed: ${failed.map((o) => `${o.example.entry.id}/${o.example.name}`).join(", ")}\n`,
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
