import { Agent } from "node:http";
import { connect } from "node:net";
import { crc32, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Engine } from "../engine/engine.js";
import { DynamoDBError, ResourceNotFoundException } from "../engine/errors/index.js";
import { startServer, type RunningServer } from "./http-server.js";
import { dynamodbRequest, rawRequest, SIGV4_AUTHORIZATION } from "./raw-request.js";

/**
 * A stand-in engine with two operations, so the protocol is tested on its own: `Echo` answers with
 * its input, `Fail` throws what the input asks for.
 */
function fakeEngine(region = "eu-west-1"): Engine {
  return {
    db: { region },
    operations: ["Echo", "Fail", "ListStreams"],
    execute(operation: string, input: Record<string, unknown>) {
      if (operation === "Echo" || operation === "ListStreams") return { operation, input };
      if (input["kind"] === "not-found") throw new ResourceNotFoundException();
      if (input["kind"] === "throttled") {
        throw new DynamoDBError("ProvisionedThroughputExceededException", "slow down");
      }
      throw new Error("engine bug");
    },
  } as unknown as Engine;
}

const UNKNOWN_OPERATION = '{"__type":"com.amazon.coral.service#UnknownOperationException"}';
const SERIALIZATION = '{"__type":"com.amazon.coral.service#SerializationException"}';
const MISSING_TOKEN =
  '{"__type":"com.amazon.coral.service#MissingAuthenticationTokenException","message":"Request is missing Authentication Token"}';

let running: RunningServer;
let url: string;

beforeAll(async () => {
  running = await startServer({ engine: fakeEngine(), maxRequestBytes: 1024 });
  url = running.endpoint;
});

afterAll(async () => {
  await running.close();
});

describe("HTTP server: successful requests", () => {
  it("answers with the engine's output, a DynamoDB-shaped request id and the body's CRC32", async () => {
    const res = await dynamodbRequest(url, "DynamoDB_20120810.Echo", '{"TableName":"t"}');
    expect(res.status).toBe(200);
    expect(res.body).toBe('{"operation":"Echo","input":{"TableName":"t"}}');
    expect(res.headers["content-type"]).toBe("application/x-amz-json-1.0");
    expect(res.headers["x-amz-crc32"]).toBe(String(crc32(res.body)));
    expect(res.headers["content-length"]).toBe(String(Buffer.byteLength(res.body)));
    expect(res.headers["x-amzn-requestid"]).toMatch(/^[A-Z0-9]{52}$/);
  });

  it("gives each response its own request id", async () => {
    const first = await dynamodbRequest(url, "DynamoDB_20120810.Echo", "{}");
    const second = await dynamodbRequest(url, "DynamoDB_20120810.Echo", "{}");
    expect(first.headers["x-amzn-requestid"]).not.toBe(second.headers["x-amzn-requestid"]);
  });

  it("counts the CRC32 and length over UTF-8 bytes", async () => {
    const res = await dynamodbRequest(url, "DynamoDB_20120810.Echo", '{"s":"héllo 😀"}');
    expect(res.body).toBe('{"operation":"Echo","input":{"s":"héllo 😀"}}');
    expect(res.headers["content-length"]).toBe(String(Buffer.byteLength(res.body)));
    expect(res.headers["x-amz-crc32"]).toBe(String(crc32(Buffer.from(res.body))));
  });

  it("echoes application/json to clients that send it", async () => {
    const res = await dynamodbRequest(url, "DynamoDB_20120810.Echo", "{}", {
      "Content-Type": "application/json",
    });
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/json");
  });

  it("accepts content-type parameters", async () => {
    const res = await dynamodbRequest(url, "DynamoDB_20120810.Echo", "{}", {
      "Content-Type": "application/x-amz-json-1.0; charset=utf-8",
    });
    expect(res.status).toBe(200);
  });

  it("inflates gzip request bodies", async () => {
    const res = await dynamodbRequest(url, "DynamoDB_20120810.Echo", gzipSync('{"a":1}'), {
      "Content-Encoding": "gzip",
    });
    expect(res.status).toBe(200);
    expect(res.body).toBe('{"operation":"Echo","input":{"a":1}}');
  });

  it("ignores the request path, as DynamoDB Local does", async () => {
    const res = await rawRequest(url, {
      path: "/some/where",
      headers: {
        "Content-Type": "application/x-amz-json-1.0",
        "X-Amz-Target": "DynamoDB_20120810.Echo",
        Authorization: SIGV4_AUTHORIZATION,
      },
      body: "{}",
    });
    expect(res.status).toBe(200);
  });

  it("accepts presigned query-string authentication", async () => {
    const res = await rawRequest(url, {
      path: "/?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=a",
      headers: { "Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "DynamoDB_20120810.Echo" },
      body: "{}",
    });
    expect(res.status).toBe(200);
  });

  it("routes Streams operations under the Streams prefix only", async () => {
    const streams = await dynamodbRequest(url, "DynamoDBStreams_20120810.ListStreams", "{}");
    expect(streams.status).toBe(200);
    expect(streams.body).toBe('{"operation":"ListStreams","input":{}}');
    const wrongPrefix = await dynamodbRequest(url, "DynamoDB_20120810.ListStreams", "{}");
    expect([wrongPrefix.status, wrongPrefix.body]).toEqual([400, UNKNOWN_OPERATION]);
    const wrongOperation = await dynamodbRequest(url, "DynamoDBStreams_20120810.Echo", "{}");
    expect([wrongOperation.status, wrongOperation.body]).toEqual([400, UNKNOWN_OPERATION]);
  });

  it("keeps connections alive between requests", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const send = () =>
        rawRequest(url, {
          agent,
          headers: {
            "Content-Type": "application/x-amz-json-1.0",
            "X-Amz-Target": "DynamoDB_20120810.Echo",
            Authorization: SIGV4_AUTHORIZATION,
          },
          body: "{}",
        });
      const first = await send();
      const second = await send();
      expect(first.headers["connection"]).toBe("keep-alive");
      expect(second.socketId).toBe(first.socketId);
    } finally {
      agent.destroy();
    }
  });
});

describe("HTTP server: errors", () => {
  it("sends a DynamoDBError as its wire envelope and status", async () => {
    const res = await dynamodbRequest(url, "DynamoDB_20120810.Fail", '{"kind":"not-found"}');
    expect(res.status).toBe(400);
    expect(res.body).toBe(
      '{"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException","message":"Requested resource not found"}',
    );
    expect(res.headers["x-amz-crc32"]).toBe(String(crc32(res.body)));
  });

  it("keeps the exception's own name behind DynamoDB's namespace", async () => {
    const res = await dynamodbRequest(url, "DynamoDB_20120810.Fail", '{"kind":"throttled"}');
    expect(res.body).toBe(
      '{"__type":"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException","message":"slow down"}',
    );
  });

  it("turns an unexpected exception into a 500 InternalServerError without leaking it", async () => {
    const res = await dynamodbRequest(url, "DynamoDB_20120810.Fail", '{"kind":"bug"}');
    expect(res.status).toBe(500);
    expect(res.body).toBe(
      '{"__type":"com.amazonaws.dynamodb.v20120810#InternalServerError","message":"Internal server error"}',
    );
  });

  it("answers malformed JSON with a bare SerializationException", async () => {
    const res = await dynamodbRequest(url, "DynamoDB_20120810.Echo", "{abc");
    expect([res.status, res.body]).toEqual([400, SERIALIZATION]);
    expect(res.headers["x-amz-crc32"]).toBe("3948637019");
  });

  it("checks the JSON before the target", async () => {
    const res = await dynamodbRequest(url, "DynamoDB_20120810.Nope", "{abc");
    expect([res.status, res.body]).toEqual([400, SERIALIZATION]);
  });

  it.each([
    ["an unknown operation", "DynamoDB_20120810.ListTable"],
    ["a foreign prefix", "Foo_20120810.Echo"],
    ["no operation", "DynamoDB_20120810."],
    ["no prefix", "Echo"],
  ])("answers %s with a bare UnknownOperationException", async (_label, target) => {
    const res = await dynamodbRequest(url, target, "{}");
    expect([res.status, res.body]).toEqual([400, UNKNOWN_OPERATION]);
    expect(res.headers["x-amz-crc32"]).toBe("1368724161");
  });

  it("answers a missing target with UnknownOperationException", async () => {
    const res = await rawRequest(url, {
      headers: { "Content-Type": "application/x-amz-json-1.0", Authorization: SIGV4_AUTHORIZATION },
      body: "{}",
    });
    expect([res.status, res.body]).toEqual([400, UNKNOWN_OPERATION]);
  });

  it("checks the target before authentication", async () => {
    const res = await rawRequest(url, {
      headers: { "Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "DynamoDB_20120810.Nope" },
      body: "{}",
    });
    expect([res.status, res.body]).toEqual([400, UNKNOWN_OPERATION]);
  });

  it.each([
    ["no Authorization header", undefined],
    ["a non-SigV4 Authorization header", "AWS4"],
    ["a legacy signature", "AWS3-HTTPS AWSAccessKeyId=a,Algorithm=HmacSHA256,Signature=b"],
  ])("answers %s with MissingAuthenticationTokenException", async (_label, authorization) => {
    const headers: Record<string, string> = {
      "Content-Type": "application/x-amz-json-1.0",
      "X-Amz-Target": "DynamoDB_20120810.Echo",
    };
    if (authorization !== undefined) headers["Authorization"] = authorization;
    const res = await rawRequest(url, { headers, body: "{}" });
    expect([res.status, res.body]).toEqual([400, MISSING_TOKEN]);
    expect(res.headers["x-amz-crc32"]).toBe("2088342776");
  });

  it("accepts any SigV4 credentials", async () => {
    const res = await dynamodbRequest(url, "DynamoDB_20120810.Echo", "{}", {
      Authorization: "AWS4-HMAC-SHA256 Credential=whoever/20990101/xx-nowhere-9/dynamodb/aws4_request",
    });
    expect(res.status).toBe(200);
  });

  it.each([
    ["an empty body", ""],
    ["a JSON array", "[]"],
    ["a JSON string", '"ListTables"'],
    ["JSON null", "null"],
  ])("answers %s with SerializationException", async (_label, body) => {
    const res = await dynamodbRequest(url, "DynamoDB_20120810.Echo", body);
    expect([res.status, res.body]).toEqual([400, SERIALIZATION]);
  });

  it("answers a corrupt gzip body with SerializationException", async () => {
    const res = await dynamodbRequest(url, "DynamoDB_20120810.Echo", "not gzip at all", {
      "Content-Encoding": "gzip",
    });
    expect([res.status, res.body]).toEqual([400, SERIALIZATION]);
  });
});

describe("HTTP server: transport", () => {
  it("answers GET with DynamoDB's health line for the engine's region", async () => {
    const res = await rawRequest(url, { method: "GET" });
    expect(res.status).toBe(200);
    expect(res.body).toBe("healthy: dynamodb.eu-west-1.amazonaws.com ");
    expect(res.headers["x-amz-crc32"]).toBe(String(crc32(res.body)));
  });

  it.each(["PUT", "DELETE", "PATCH"])("answers %s with 404 <UnknownOperationException/>", async (method) => {
    const res = await rawRequest(url, { method, headers: { Authorization: SIGV4_AUTHORIZATION } });
    expect(res.status).toBe(404);
    expect(res.body).toBe("<UnknownOperationException/>\n");
    expect(res.headers["x-amz-crc32"]).toBe("3552371480");
    expect(res.headers["content-length"]).toBe("29");
  });

  it.each([
    ["no content type", undefined],
    ["a foreign content type", "text/plain"],
  ])("answers a body with %s with 404", async (_label, contentType) => {
    const headers: Record<string, string> = {
      "X-Amz-Target": "DynamoDB_20120810.Echo",
      Authorization: SIGV4_AUTHORIZATION,
    };
    if (contentType !== undefined) headers["Content-Type"] = contentType;
    const res = await rawRequest(url, { headers, body: "{}" });
    expect([res.status, res.body]).toEqual([404, "<UnknownOperationException/>\n"]);
  });

  it("reads a body of exactly the limit", async () => {
    const body = `{"pad":"${"x".repeat(1024 - 10)}"}`;
    expect(Buffer.byteLength(body)).toBe(1024);
    const res = await dynamodbRequest(url, "DynamoDB_20120810.Echo", body);
    expect(res.status).toBe(200);
  });

  it("answers a body over the limit with 413 and closes the connection", async () => {
    const res = await dynamodbRequest(url, "DynamoDB_20120810.Echo", `{"pad":"${"x".repeat(1024 - 9)}"}`);
    expect(res.status).toBe(413);
    expect(res.body).toBe('{"Message":""}');
    expect(res.headers["connection"]).toBe("close");
  });

  it("answers an oversize chunked body with 413 without a declared length", async () => {
    const res = await rawRequest(url, {
      headers: {
        "Content-Type": "application/x-amz-json-1.0",
        "X-Amz-Target": "DynamoDB_20120810.Echo",
        Authorization: SIGV4_AUTHORIZATION,
        "Transfer-Encoding": "chunked",
      },
      body: "x".repeat(5000),
    });
    expect([res.status, res.body]).toEqual([413, '{"Message":""}']);
  });

  it("answers a gzip body that inflates past the limit with 413", async () => {
    const bomb = gzipSync(`{"pad":"${"x".repeat(100_000)}"}`);
    expect(bomb.length).toBeLessThan(1024);
    const res = await dynamodbRequest(url, "DynamoDB_20120810.Echo", bomb, { "Content-Encoding": "gzip" });
    expect([res.status, res.body]).toEqual([413, '{"Message":""}']);
  });

  it("answers bytes that are not HTTP with 400 and keeps running", async () => {
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(running.port, "127.0.0.1", () => socket.write("NOT HTTP AT ALL\r\n\r\n"));
      let text = "";
      socket.on("data", (chunk) => (text += chunk.toString()));
      socket.on("close", () => resolve(text));
      socket.on("error", reject);
    });
    expect(reply.startsWith("HTTP/1.1 400 Bad Request")).toBe(true);
  });

  it("survives a client that disconnects halfway through its body", async () => {
    await new Promise<void>((resolve, reject) => {
      const socket = connect(running.port, "127.0.0.1", () => {
        socket.write(
          "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.0\r\n" +
            'X-Amz-Target: DynamoDB_20120810.Echo\r\nContent-Length: 500\r\n\r\n{"half',
          () => {
            socket.destroy();
            resolve();
          },
        );
      });
      socket.on("error", reject);
    });
    const res = await dynamodbRequest(url, "DynamoDB_20120810.Echo", "{}");
    expect(res.status).toBe(200);
  });

  it("still serves after every kind of bad input", async () => {
    const res = await dynamodbRequest(url, "DynamoDB_20120810.Echo", "{}");
    expect(res.status).toBe(200);
  });
});

describe("startServer", () => {
  it("binds 127.0.0.1 on a free port by default and reports the endpoint", async () => {
    const server = await startServer({ engine: fakeEngine() });
    try {
      expect(server.host).toBe("127.0.0.1");
      expect(server.port).toBeGreaterThan(0);
      expect(server.endpoint).toBe(`http://127.0.0.1:${server.port}`);
    } finally {
      await server.close();
    }
  });

  it("rejects when the port is taken", async () => {
    await expect(startServer({ engine: fakeEngine(), port: running.port })).rejects.toMatchObject({
      code: "EADDRINUSE",
    });
  });

  it("stops an engine it built, and leaves a shared one running", async () => {
    const own = await startServer();
    let ownStops = 0;
    Object.assign(own.engine, { close: () => ownStops++ });
    await own.close();
    expect(ownStops).toBe(1);

    let sharedStops = 0;
    const shared = Object.assign(fakeEngine(), { close: () => sharedStops++ });
    const server = await startServer({ engine: shared });
    await server.close();
    expect(sharedStops).toBe(0);
  });

  it("closes even with idle keep-alive connections open", async () => {
    const server = await startServer({ engine: fakeEngine() });
    const agent = new Agent({ keepAlive: true });
    await rawRequest(server.endpoint, {
      agent,
      headers: {
        "Content-Type": "application/x-amz-json-1.0",
        "X-Amz-Target": "DynamoDB_20120810.Echo",
        Authorization: SIGV4_AUTHORIZATION,
      },
      body: "{}",
    });
    await server.close();
    expect(server.server.listening).toBe(false);
    agent.destroy();
  });
});

describe("HTTP server: browsers", () => {
  it("answers a CORS preflight with the method and headers asked for", async () => {
    const res = await rawRequest(url, {
      method: "OPTIONS",
      headers: {
        Origin: "http://localhost:3000",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type, x-amz-target, x-amz-date",
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).toBe("");
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    expect(res.headers["access-control-allow-methods"]).toBe("POST");
    expect(res.headers["access-control-allow-headers"]).toBe(
      "authorization, content-type, x-amz-target, x-amz-date",
    );
    expect(res.headers["access-control-max-age"]).toBe("172800");
  });

  it("lets a browser read responses and their request id", async () => {
    const res = await dynamodbRequest(url, "DynamoDB_20120810.Echo", "{}", {
      Origin: "http://localhost:3000",
    });
    expect(res.status).toBe(200);
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    expect(res.headers["access-control-expose-headers"]).toBe("x-amzn-RequestId, x-amz-crc32");
  });

  it("sends no CORS headers to clients that are not browsers", async () => {
    const res = await dynamodbRequest(url, "DynamoDB_20120810.Echo", "{}");
    expect(res.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("answers OPTIONS without an Origin like any other non-POST method", async () => {
    const res = await rawRequest(url, { method: "OPTIONS" });
    expect([res.status, res.body]).toEqual([404, "<UnknownOperationException/>\n"]);
  });
});

describe("HTTP server: large pages", () => {
  let server: RunningServer;
  const table = "pages";
  const put = (pk: string, value: string) =>
    server.engine.execute("PutItem", { TableName: table, Item: { pk: { S: pk }, v: { S: value } } });

  beforeAll(async () => {
    server = await startServer({ engine: new Engine() });
    server.engine.execute("CreateTable", {
      TableName: table,
      KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
      AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
      BillingMode: "PAY_PER_REQUEST",
    });
    // About 200 KB of ASCII: written in several chunks.
    for (let index = 0; index < 200; index++) put(`ascii-${index}`, "x".repeat(1000));
  });

  afterAll(async () => {
    await server.close();
  });

  it("answers large pages one after the other and side by side, each with its own bytes", async () => {
    const scan = (limit: number) =>
      dynamodbRequest(
        server.endpoint,
        "DynamoDB_20120810.Scan",
        JSON.stringify({ TableName: table, Limit: limit }),
      );
    // A large page, then a smaller one that still goes through the reused buffer: no old bytes may show.
    const answers = [await scan(150), await scan(80), ...(await Promise.all([150, 90, 120, 70].map(scan)))];
    for (const [index, limit] of [150, 80, 150, 90, 120, 70].entries()) {
      const res = answers[index]!;
      const bytes = Buffer.from(res.body, "utf8");
      expect(res.headers["content-length"]).toBe(String(bytes.length));
      expect(res.headers["x-amz-crc32"]).toBe(String(crc32(bytes)));
      expect(JSON.parse(res.body)).toMatchObject({ Count: limit, ScannedCount: limit });
    }
  });

  it.each([
    ["all ASCII", ""],
    ["with one non-ASCII character", "é"],
  ])("sends a page of many chunks %s with its exact length and CRC32", async (_case, extra) => {
    if (extra !== "") put("zz-non-ascii", `${"y".repeat(1000)}${extra}`);
    for (let read = 0; read < 2; read++) {
      const res = await dynamodbRequest(
        server.endpoint,
        "DynamoDB_20120810.Scan",
        JSON.stringify({ TableName: table }),
      );
      expect(res.status).toBe(200);
      const bytes = Buffer.from(res.body, "utf8");
      expect(res.headers["content-length"]).toBe(String(bytes.length));
      expect(res.headers["x-amz-crc32"]).toBe(String(crc32(bytes)));
      const page = JSON.parse(res.body) as { Count: number; Items: { v: { S: string } }[] };
      expect(page.Count).toBe(extra === "" ? 200 : 201);
      expect(page.Items.some((item) => item.v.S.endsWith("é"))).toBe(extra !== "");
    }
  });
});
