import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { afterAll, afterEach, beforeAll, beforeEach, describe } from "vitest";
import {
  startDynamoDBLocal,
  unavailableReason,
  type LocalServer,
} from "../../../differential/harness/local-server.js";
import type { Engine } from "../../engine/engine.js";
import type { EngineOptions } from "../../engine/database.js";
import type { DataModel } from "../../modeling/model.js";
import {
  connect,
  createModelTables,
  dropModelTables,
  seedModel,
  type CatalogConnection,
} from "../runtime/connect.js";

/** Set to `0` to skip the DynamoDB Local runs even where java is installed (faster local loops). */
export const DYNAMODB_LOCAL_VARIABLE = "DYNAMODB_PATTERNS_LOCAL";

export type BackendKind = "in-process" | "dynamodb-local";

/** What a test reaches through `forEachBackend`: valid inside `it`, `beforeEach` and `afterEach`. */
export interface TestBackend {
  readonly kind: BackendKind;
  readonly connection: CatalogConnection;
  readonly client: DynamoDBClient;
  readonly documentClient: DynamoDBDocumentClient;
  /** The in-process engine (fault switches, clock); undefined on DynamoDB Local. */
  readonly engine: Engine | undefined;
  /** The physical name of a model table. */
  tableName(modelTableName: string): string;
}

export interface BackendOptions {
  /** Seed the model's example items before each test (default true). */
  seed?: boolean;
  /** Options of the in-process engine, e.g. `{ faults: { unprocessedFraction: 0.5, seed: 7 } }`. */
  engineOptions?: EngineOptions;
}

/** Why DynamoDB Local cannot run here, or undefined when it can. */
export function dynamoDBLocalUnavailable(
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  if (env[DYNAMODB_LOCAL_VARIABLE] === "0") return `${DYNAMODB_LOCAL_VARIABLE}=0`;
  return unavailableReason();
}

/**
 * Declares the same tests once per backend: the in-process engine always, and DynamoDB Local
 * (a jar started on a free port, one per test file) when java is installed; otherwise that block
 * is skipped and its title says why. Every test starts from the model's tables freshly created and
 * seeded with its example items, so tests never see each other's writes.
 *
 * @example
 * forEachBackend(entry.model, (backend) => {
 *   it("gets a user by id", async () => {
 *     const user = await getUser(backend.documentClient, backend.tableName("Users"), "u1");
 *     expect(user).toEqual({ userId: "u1", name: "Ada" });
 *   });
 * });
 */
export function forEachBackend(
  model: DataModel,
  body: (backend: TestBackend) => void,
  options: BackendOptions = {},
): void {
  describe("in-process engine", () => {
    const holder = backendHolder("in-process");
    beforeEach(async () => {
      const connection = await connect({ engineOptions: options.engineOptions, env: {} });
      await prepare(connection, model, options);
      holder.set(connection);
    });
    afterEach(async () => {
      await holder.current?.close();
      holder.set(undefined);
    });
    body(holder.backend);
  });

  const reason = dynamoDBLocalUnavailable();
  const title = reason === undefined ? "DynamoDB Local" : `DynamoDB Local (skipped: ${reason})`;
  describe.skipIf(reason !== undefined)(title, () => {
    const holder = backendHolder("dynamodb-local");
    let server: LocalServer | undefined;
    let connection: CatalogConnection | undefined;
    beforeAll(async () => {
      server = await startDynamoDBLocal();
      connection = await connect({ endpoint: server.endpoint, env: {} });
    });
    afterAll(async () => {
      await connection?.close();
      await server?.stop();
    });
    beforeEach(async () => {
      await dropModelTables(connection!, model);
      await prepare(connection!, model, options);
      holder.set(connection);
    });
    afterEach(() => holder.set(undefined));
    body(holder.backend);
  });
}

async function prepare(connection: CatalogConnection, model: DataModel, options: BackendOptions) {
  await createModelTables(connection, model);
  if (options.seed !== false) await seedModel(connection, model);
}

function backendHolder(kind: BackendKind) {
  let current: CatalogConnection | undefined;
  const live = (): CatalogConnection => {
    if (!current) throw new Error("the test backend is only available inside tests and their hooks");
    return current;
  };
  const backend: TestBackend = {
    kind,
    get connection() {
      return live();
    },
    get client() {
      return live().client;
    },
    get documentClient() {
      return live().documentClient;
    },
    get engine() {
      return live().engine;
    },
    tableName: (modelTableName) => live().tableName(modelTableName),
  };
  return {
    backend,
    get current() {
      return current;
    },
    set(next: CatalogConnection | undefined) {
      current = next;
    },
  };
}
