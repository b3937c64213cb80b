import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { HttpHandler } from "@smithy/protocol-http";
import { createDynamoDB } from "../src/client/create-dynamodb.js";
import { startServer } from "../src/server/http-server.js";
import {
  CannedRequestHandler,
  RecordingRequestHandler,
  serverEndpoint,
  startCannedHttpServer,
} from "./canned.js";
import type { CannedResponses } from "./canned.js";
import { freePort, ROOT, spawnServer, stopChild, type ChildServer } from "./processes.js";

/** Which ceiling a target is held to: answered in this process, over HTTP in this event loop, or
 * over HTTP from another process (which gets its own core on a multi-core machine). */
export type Transport = "in-process" | "http-same-process" | "http-child-process";

export interface Target {
  id: string;
  label: string;
  transport: Transport;
  /** A canned-response ceiling rather than an engine. */
  ceiling: boolean;
  /** This project's engine (in process or behind its server). */
  ours: boolean;
  client: DynamoDBClient;
  /** Where HTTP targets listen; absent in process. */
  endpoint?: string;
  /** Process id of the server when it runs in its own process. */
  pid?: number;
  close(): Promise<void>;
}

/** Benchmarks report what happened: no retry may hide an error or a throttle. */
const CLIENT_CONFIG = { maxAttempts: 1 };

function httpClient(endpoint: string): DynamoDBClient {
  return createDynamoDB({ endpoint, clientConfig: CLIENT_CONFIG, env: {} }).client;
}

export function inProcessTarget(): Target {
  const { client } = createDynamoDB({ clientConfig: CLIENT_CONFIG, env: {} });
  return target("in-process", "in-process", "in-process", false, true, client, async () => client.destroy());
}

export function inProcessCeiling(responses: CannedResponses): Target {
  const { client } = createDynamoDB({
    clientConfig: { ...CLIENT_CONFIG, requestHandler: new CannedRequestHandler(responses) as HttpHandler },
    env: {},
  });
  return target("in-process-ceiling", "in-proc ceiling", "in-process", true, false, client, async () =>
    client.destroy(),
  );
}

export async function httpServerTarget(): Promise<Target> {
  const running = await startServer();
  const client = httpClient(running.endpoint);
  const result = target("http", "HTTP server", "http-same-process", false, true, client, async () => {
    client.destroy();
    await running.close();
  });
  return { ...result, endpoint: running.endpoint };
}

export async function httpCeiling(responses: CannedResponses): Promise<Target> {
  const server = await startCannedHttpServer(responses);
  const client = httpClient(serverEndpoint(server));
  const result = target(
    "http-ceiling",
    "HTTP ceiling",
    "http-same-process",
    true,
    false,
    client,
    async () => {
      client.destroy();
      await closeServer(server);
    },
  );
  return { ...result, endpoint: serverEndpoint(server) };
}

/** The shipped CLI (`bin/dynamodb-patterns.js serve`) in its own process. */
export async function childHttpServerTarget(): Promise<Target> {
  const server = await spawnServer(
    process.execPath,
    [join(ROOT, "bin/dynamodb-patterns.js"), "serve", "--port", "0"],
    {
      ready: /listening on (http:\/\/\S+)/,
    },
  );
  return childTarget("http-child", "HTTP server (child)", false, true, server);
}

export async function childHttpCeiling(responses: CannedResponses): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), "bench-canned-"));
  const file = join(dir, "responses.json");
  writeFileSync(file, JSON.stringify(responses.serialize()));
  try {
    const server = await spawnServer(
      process.execPath,
      ["--import", "tsx", join(ROOT, "bench/canned-http-server.ts"), file],
      { ready: /listening on (http:\/\/\S+)/ },
    );
    return childTarget("http-child-ceiling", "HTTP ceiling (child)", true, false, server);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Dynalite {
  listen(port: number, host: string, callback: (error?: Error) => void): void;
  close(callback: () => void): void;
  address(): { port: number };
}

export async function dynaliteTarget(): Promise<Target> {
  const dynalite = createRequire(import.meta.url)("dynalite") as (options: object) => Dynalite;
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) =>
    server.listen(0, "127.0.0.1", (error) => (error ? reject(error) : resolve())),
  );
  const endpoint = `http://127.0.0.1:${server.address().port}`;
  const client = httpClient(endpoint);
  const result = target("dynalite", "dynalite", "http-same-process", false, false, client, async () => {
    client.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { ...result, endpoint };
}

export const DYNAMODB_LOCAL_DIR = join(ROOT, "node_modules/amplify-dynamodb-simulator/emulator");

/** Why DynamoDB Local cannot run here, or undefined when it can. */
export function dynamoDBLocalUnavailable(): string | undefined {
  const java = spawnSync("java", ["-version"], { stdio: "ignore" });
  if (java.error || java.status !== 0) return "java is not installed";
  return undefined;
}

export async function dynamoDBLocalTarget(): Promise<Target> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const server = await spawnServer(
    "java",
    [
      "-Djava.library.path=./DynamoDBLocal_lib",
      "-jar",
      "DynamoDBLocal.jar",
      "-inMemory",
      "-sharedDb",
      "-port",
      String(port),
    ],
    { cwd: DYNAMODB_LOCAL_DIR, endpoint, timeoutMs: 60_000 },
  );
  return childTarget("dynamodb-local", "DynamoDB Local", false, false, server);
}

function childTarget(
  id: string,
  label: string,
  ceiling: boolean,
  ours: boolean,
  server: ChildServer,
): Target {
  const client = httpClient(server.endpoint);
  const result = target(id, label, "http-child-process", ceiling, ours, client, async () => {
    client.destroy();
    await stopChild(server.child);
  });
  return { ...result, endpoint: server.endpoint, pid: server.child.pid };
}

function target(
  id: string,
  label: string,
  transport: Transport,
  ceiling: boolean,
  ours: boolean,
  client: DynamoDBClient,
  close: () => Promise<void>,
): Target {
  return { id, label, transport, ceiling, ours, client, close };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** A client on the same target whose answers are recorded into `responses`. */
export function recordingClient(target: Target, responses: CannedResponses): DynamoDBClient {
  const handler = new RecordingRequestHandler(target.client.config.requestHandler as HttpHandler, responses);
  return createDynamoDB({
    ...(target.endpoint === undefined ? {} : { endpoint: target.endpoint }),
    clientConfig: { ...CLIENT_CONFIG, requestHandler: handler },
    env: {},
  }).client;
}
