import {
  ConditionalCheckFailedException,
  DescribeTableCommand,
  DynamoDBServiceException,
  GetItemCommand,
  InternalServerError,
  ListTablesCommand,
  ResourceNotFoundException,
} from "@aws-sdk/client-dynamodb";
import { ListStreamsCommand } from "@aws-sdk/client-dynamodb-streams";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Engine } from "../engine/engine.js";
import { ConditionalCheckFailedException as EngineConditionalCheckFailed } from "../engine/errors/index.js";
import { ResourceNotFoundException as EngineResourceNotFound } from "../engine/errors/index.js";
import { startServer, type RunningServer } from "../server/http-server.js";
import { createDynamoDB } from "./create-dynamodb.js";
import { InProcessRequestHandler } from "./in-process-handler.js";

/**
 * An engine stand-in with scripted answers, so the adapter is tested apart from the operations:
 * every request is recorded, and the table named in the request decides the answer.
 */
function scriptedEngine() {
  const requests: { operation: string; input: Record<string, unknown> }[] = [];
  const engine = {
    db: { region: "us-east-1" },
    operations: ["ListTables", "DescribeTable", "GetItem"],
    execute(operation: string, input: Record<string, unknown>) {
      requests.push({ operation, input });
      if (operation === "ListTables") return { TableNames: ["alpha", "beta"] };
      if (input["TableName"] === "missing") throw new EngineResourceNotFound();
      if (input["TableName"] === "conditional") {
        throw new EngineConditionalCheckFailed({ pk: { S: "a" }, n: { N: "1" } });
      }
      if (input["TableName"] === "broken") throw new Error("engine bug");
      return { Item: { pk: { S: "a" }, n: { N: "42" }, tags: { SS: ["x", "y"] } } };
    },
  } as unknown as Engine;
  return { engine, requests };
}

describe("createDynamoDB in process", () => {
  it("sends the marshalled request body to the engine and unmarshals its answer", async () => {
    const { engine, requests } = scriptedEngine();
    const { client, close } = createDynamoDB({ engine });
    const output = await client.send(new ListTablesCommand({ Limit: 5 }));
    expect(output.TableNames).toEqual(["alpha", "beta"]);
    expect(output.$metadata.httpStatusCode).toBe(200);
    expect(output.$metadata.requestId).toMatch(/^[A-Z0-9]{52}$/);
    expect(requests).toEqual([{ operation: "ListTables", input: { Limit: 5 } }]);
    await close();
  });

  it("serves the document client with plain JavaScript values", async () => {
    const { engine, requests } = scriptedEngine();
    const { documentClient } = createDynamoDB({ engine });
    const output = await documentClient.send(new GetCommand({ TableName: "t", Key: { pk: "a" } }));
    expect(output.Item).toEqual({ pk: "a", n: 42, tags: new Set(["x", "y"]) });
    expect(requests[0]).toEqual({ operation: "GetItem", input: { TableName: "t", Key: { pk: { S: "a" } } } });
  });

  it("raises the SDK's typed exception classes", async () => {
    const { engine } = scriptedEngine();
    const { client } = createDynamoDB({ engine });
    const error = await client.send(new DescribeTableCommand({ TableName: "missing" })).catch((e) => e);
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toBeInstanceOf(DynamoDBServiceException);
    expect(error.name).toBe("ResourceNotFoundException");
    expect(error.message).toBe("Requested resource not found");
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.$fault).toBe("client");
  });

  it("carries extra error members such as the failing Item", async () => {
    const { engine } = scriptedEngine();
    const { client } = createDynamoDB({ engine });
    const error = await client
      .send(new GetItemCommand({ TableName: "conditional", Key: { pk: { S: "a" } } }))
      .catch((e) => e);
    expect(error).toBeInstanceOf(ConditionalCheckFailedException);
    expect(error.message).toBe("The conditional request failed");
    expect(error.Item).toEqual({ pk: { S: "a" }, n: { N: "1" } });
  });

  it("reports an engine bug as a 500 InternalServerError, without retrying", async () => {
    const { engine, requests } = scriptedEngine();
    const { client } = createDynamoDB({ engine });
    const error = await client
      .send(new GetItemCommand({ TableName: "broken", Key: { pk: { S: "a" } } }))
      .catch((e) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.$metadata.httpStatusCode).toBe(500);
    expect(error.$metadata.attempts).toBe(1);
    expect(requests).toHaveLength(1);
  });

  it("does not sign requests: no Authorization header reaches the engine", async () => {
    const { engine } = scriptedEngine();
    const seen: Record<string, string>[] = [];
    const capturing = new InProcessRequestHandler(engine);
    const handle = capturing.handle.bind(capturing);
    capturing.handle = (request) => {
      seen.push({ ...request.headers });
      return handle(request);
    };
    const { client } = createDynamoDB({ engine, clientConfig: { requestHandler: capturing } });
    await client.send(new ListTablesCommand({}));
    expect(seen).toHaveLength(1);
    expect(seen[0]?.["x-amz-target"]).toBe("DynamoDB_20120810.ListTables");
    expect(Object.keys(seen[0] ?? {}).map((name) => name.toLowerCase())).not.toContain("authorization");
  });

  it("builds a fresh engine per call unless one is shared", () => {
    const first = createDynamoDB({ env: {} });
    const second = createDynamoDB({ env: {} });
    expect(first.engine).toBeInstanceOf(Engine);
    expect(second.engine).toBeInstanceOf(Engine);
    expect(first.engine).not.toBe(second.engine);
    expect(first.endpoint).toBeUndefined();
    const shared = createDynamoDB({ engine: first.engine });
    expect(shared.engine).toBe(first.engine);
  });

  it("builds one Streams client on first use, reaching the same engine", async () => {
    const db = createDynamoDB({ env: {} });
    const streams = db.streamsClient;
    expect(db.streamsClient).toBe(streams);
    const output = await streams.send(new ListStreamsCommand({}));
    expect(output.Streams).toEqual([]);
    expect(output.$metadata.httpStatusCode).toBe(200);
    await db.close();
  });

  it("stops an engine it built when closed, and leaves a shared one running", async () => {
    const own = createDynamoDB({ env: {} });
    let ownStops = 0;
    Object.assign(own.engine!, { close: () => ownStops++ });
    await own.close();
    expect(ownStops).toBe(1);

    const engine = new Engine();
    let sharedStops = 0;
    Object.assign(engine, { close: () => sharedStops++ });
    await createDynamoDB({ engine }).close();
    expect(sharedStops).toBe(0);
  });

  it("passes engine options to the engine it builds", () => {
    const { engine } = createDynamoDB({ env: {}, engineOptions: { region: "eu-west-3" } });
    expect(engine?.db.region).toBe("eu-west-3");
  });

  it("keeps an explicit engine in process even when DYNAMODB_ENDPOINT is set", async () => {
    const { engine } = scriptedEngine();
    const db = createDynamoDB({ engine, env: { DYNAMODB_ENDPOINT: "http://127.0.0.1:9" } });
    expect(db.endpoint).toBeUndefined();
    expect(db.client.config.requestHandler).toBeInstanceOf(InProcessRequestHandler);
    expect((await db.client.send(new ListTablesCommand({}))).TableNames).toEqual(["alpha", "beta"]);
  });
});

describe("createDynamoDB over HTTP", () => {
  let server: RunningServer;
  let scripted: ReturnType<typeof scriptedEngine>;

  beforeAll(async () => {
    scripted = scriptedEngine();
    server = await startServer({ engine: scripted.engine });
  });

  afterAll(async () => {
    await server.close();
  });

  it("talks to an explicit endpoint with dummy credentials", async () => {
    const db = createDynamoDB({ endpoint: server.endpoint });
    expect(db.endpoint).toBe(server.endpoint);
    expect(db.engine).toBeUndefined();
    expect((await db.client.send(new ListTablesCommand({}))).TableNames).toEqual(["alpha", "beta"]);
    const error = await db.client.send(new DescribeTableCommand({ TableName: "missing" })).catch((e) => e);
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error.message).toBe("Requested resource not found");
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.$metadata.requestId).toMatch(/^[A-Z0-9]{52}$/);
    await db.close();
  });

  it("takes the endpoint from DYNAMODB_ENDPOINT when none is given", async () => {
    const db = createDynamoDB({ env: { DYNAMODB_ENDPOINT: ` ${server.endpoint} ` } });
    expect(db.endpoint).toBe(server.endpoint);
    expect(db.engine).toBeUndefined();
    expect((await db.client.send(new ListTablesCommand({}))).TableNames).toEqual(["alpha", "beta"]);
    await db.close();
  });

  it("ignores an empty DYNAMODB_ENDPOINT", () => {
    const db = createDynamoDB({ env: { DYNAMODB_ENDPOINT: "" } });
    expect(db.endpoint).toBeUndefined();
    expect(db.engine).toBeInstanceOf(Engine);
  });
});

describe("createDynamoDB option conflicts and AWS", () => {
  it("refuses an engine together with an endpoint", () => {
    expect(() => createDynamoDB({ engine: new Engine(), endpoint: "http://127.0.0.1:8000" })).toThrow(
      "createDynamoDB: give either `engine` or `endpoint`, not both",
    );
  });

  it("refuses aws together with an endpoint or an engine", () => {
    const message = "createDynamoDB: `aws` cannot be combined with `endpoint` or `engine`";
    expect(() => createDynamoDB({ aws: true, endpoint: "http://127.0.0.1:8000" })).toThrow(message);
    expect(() => createDynamoDB({ aws: true, engine: new Engine() })).toThrow(message);
  });

  it("builds a plain SDK client for AWS only when asked, ignoring DYNAMODB_ENDPOINT", async () => {
    const db = createDynamoDB({ aws: true, region: "eu-central-1", env: { DYNAMODB_ENDPOINT: "x" } });
    expect(db.engine).toBeUndefined();
    expect(db.endpoint).toBeUndefined();
    expect(db.client.config.requestHandler).not.toBeInstanceOf(InProcessRequestHandler);
    expect(await db.client.config.region()).toBe("eu-central-1");
    await db.close();
  });
});
