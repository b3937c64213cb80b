import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadEngineFactory } from "./engine-loader.js";
import { RECORDING_GAPS, readKnownGaps, writeKnownGaps } from "./known-gaps.js";
import { startDynamoDBLocal, unavailableReason, type LocalServer } from "./local-server.js";
import { runCase, type EngineMismatch } from "./run-case.js";
import type { CaseGroup } from "./types.js";
import { deleteAllTables, type EngineLike } from "./wire.js";

const skipReason = unavailableReason();
if (skipReason) console.warn(`Skipping differential tests: ${skipReason}`);

/**
 * One vitest test per case. DynamoDB Local runs once per test file and is emptied after every
 * case; each case gets a fresh engine.
 */
export function defineDifferentialSuite(group: CaseGroup): void {
  const names = new Set<string>();
  for (const diffCase of group.cases) {
    if (names.has(diffCase.name)) throw new Error(`Duplicate case name in ${group.title}: ${diffCase.name}`);
    names.add(diffCase.name);
  }
  const knownGaps = readKnownGaps(group.title);
  const recorded: Record<string, EngineMismatch> = {};

  describe.skipIf(skipReason !== undefined)(`differential: ${group.title}`, () => {
    let server: LocalServer | undefined;
    let newEngine: (() => EngineLike) | undefined;

    beforeAll(async () => {
      newEngine = await loadEngineFactory();
      server = await startDynamoDBLocal();
    });
    afterEach(async () => {
      if (server) await deleteAllTables(server.endpoint);
    });
    afterAll(async () => {
      await server?.stop();
      if (RECORDING_GAPS) writeKnownGaps(group.title, recorded);
    });

    for (const diffCase of group.cases) {
      it(diffCase.name, async () => {
        if (!server || !newEngine) throw new Error("DynamoDB Local did not start");
        const result = await runCase(server.endpoint, newEngine(), diffCase);
        expect(
          result.staleDeviation,
          "DynamoDB Local no longer answers as the deviation records",
        ).toBeUndefined();
        expect(result.staleQuirks, "DynamoDB Local no longer shows these quirks").toBeUndefined();
        const mismatch = result.engineMismatch;
        if (RECORDING_GAPS) {
          if (mismatch) recorded[diffCase.name] = mismatch;
          return;
        }
        if (Object.hasOwn(knownGaps, diffCase.name)) {
          expect(mismatch, "known gap now passes: remove it from differential/known-gaps").toBeDefined();
          return;
        }
        expect(mismatch?.engine, `step ${mismatch?.step} (${mismatch?.op})`).toEqual(mismatch?.expected);
      });
    }
  });
}
