import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { EngineMismatch } from "./run-case.js";

const GAPS_DIR = fileURLToPath(new URL("../known-gaps/", import.meta.url));

/**
 * Known engine gaps live in `differential/known-gaps/<group>.json`, one entry per case name with
 * the request and both answers. A listed case must still fail; one that starts passing fails the
 * suite until it is taken off the list. `DIFFERENTIAL_RECORD_GAPS=1` rewrites the lists from a run.
 */
export const RECORDING_GAPS = process.env["DIFFERENTIAL_RECORD_GAPS"] === "1";

export function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function gapsFile(title: string): string {
  return `${GAPS_DIR}${slug(title)}.json`;
}

export function readKnownGaps(title: string): Record<string, EngineMismatch> {
  const file = gapsFile(title);
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, EngineMismatch>;
}

export function writeKnownGaps(title: string, gaps: Record<string, EngineMismatch>): void {
  const file = gapsFile(title);
  if (Object.keys(gaps).length === 0) {
    rmSync(file, { force: true });
    return;
  }
  mkdirSync(GAPS_DIR, { recursive: true });
  writeFileSync(file, `${JSON.stringify(gaps, null, 2)}\n`);
}
