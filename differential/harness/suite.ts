import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEngineFactory } from "./engine-loader.js";
import { RECORDING_GAPS, readKnownGaps, writeKnownGaps } from "./known-gaps.js";
import { startDynamoDBLocal, unavailableReason, type LocalServer } from "./local-server.js";
import { runCase, type CaseResult, type EngineMismatch } from "./run-case.js";
import type { CaseGroup, DiffCase, Fixture } from "./types.js";
import { deleteAllTables, type EngineLike } from "./wire.js";

const skipReason = unavailableReason();
if (skipReason) console.warn(`Skipping differential tests: ${skipReason}`);

/** Operations that change nothing, the only ones a case on a shared fixture may send. */
const READ_OPERATIONS: ReadonlySet<string> = new Set([
  "Query",
  "Scan",
  "GetItem",
  "BatchGetItem",
  "TransactGetItems",
  "DescribeTable",
  "ListTables",
]);

function checkGroup(group: CaseGroup): void {
  const names = new Set<string>();
  for (const diffCase of group.cases) {
    if (names.has(diffCase.name)) throw new Error(`Duplicate case name in ${group.title}: ${diffCase.name}`);
    names.add(diffCase.name);
    const writer = diffCase.fixture && diffCase.steps.find((s) => !READ_OPERATIONS.has(s.op));
    if (writer)
      throw new Error(`Case "${diffCase.name}" shares a fixture but sends ${writer.op}, which may write`);
  }
}

/** The fixture's state on both sides, kept while consecutive cases share it. */
interface LiveFixture {
  name: string;
  engine: EngineLike;
  result: CaseResult;
}

/**
 * One DynamoDB Local serves every group defined in the same test file (starting the JVM is most of
 * a file's run time); it stops after the last of those groups. Its tables, and the fixture they
 * hold, carry from one group to the next, so the emptiness bookkeeping is shared too.
 */
const local = {
  groups: 0,
  finished: 0,
  server: undefined as Promise<LocalServer> | undefined,
  live: undefined as LiveFixture | undefined,
  dirty: false,
};

function acquireLocal(): Promise<LocalServer> {
  local.server ??= startDynamoDBLocal();
  return local.server;
}

async function releaseLocal(): Promise<void> {
  local.finished++;
  if (local.finished < local.groups || !local.server) return;
  const server = local.server;
  local.server = undefined;
  await (await server.catch(() => undefined))?.stop();
}

/**
 * One vitest test per case. DynamoDB Local runs once per test file and is emptied before every case
 * that does not share the tables already there; each such case gets a fresh engine. Consecutive
 * cases naming the same fixture share its tables on both sides (they only read). A test file may
 * define several groups.
 */
export function defineDifferentialSuite(group: CaseGroup): void {
  checkGroup(group);
  local.groups++;
  const knownGaps = readKnownGaps(group.title);
  const recorded: Record<string, EngineMismatch> = {};

  describe.skipIf(skipReason !== undefined)(`differential: ${group.title}`, () => {
    let server: LocalServer | undefined;
    let newEngine: (() => EngineLike) | undefined;

    beforeAll(async () => {
      newEngine = await loadEngineFactory();
      server = await acquireLocal();
    });
    afterAll(async () => {
      await releaseLocal();
      if (RECORDING_GAPS) writeKnownGaps(group.title, recorded);
    });

    async function prepare(endpoint: string, fixture: Fixture | undefined): Promise<LiveFixture | undefined> {
      if (fixture && local.live?.name === fixture.name) return local.live;
      local.live = undefined;
      if (local.dirty) await deleteAllTables(endpoint);
      local.dirty = true;
      if (!fixture) return undefined;
      const engine = newEngine!();
      const result = await runCase(
        endpoint,
        engine,
        { name: fixture.name, steps: fixture.steps },
        { setupOnly: true },
      );
      local.live = { name: fixture.name, engine, result };
      return local.live;
    }

    async function run(endpoint: string, diffCase: DiffCase): Promise<CaseResult> {
      const shared = await prepare(endpoint, diffCase.fixture);
      if (!shared) return runCase(endpoint, newEngine!(), diffCase);
      const own = await runCase(endpoint, shared.engine, diffCase, {
        stepOffset: diffCase.fixture!.steps.length,
      });
      return {
        ...own,
        ...(shared.result.staleQuirks ? { staleQuirks: shared.result.staleQuirks } : {}),
        ...(shared.result.engineMismatch ? { engineMismatch: shared.result.engineMismatch } : {}),
      };
    }

    for (const diffCase of group.cases) {
      it(diffCase.name, async () => {
        if (!server || !newEngine) throw new Error("DynamoDB Local did not start");
        const result = await run(server.endpoint, diffCase);
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
