import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { dynamodbRequest, rawRequest } from "../server/raw-request.js";

const BIN = fileURLToPath(new URL("../../bin/dynamodb-patterns.js", import.meta.url));
const READY = /^dynamodb-patterns: DynamoDB endpoint listening on (http:\/\/127\.0\.0\.1:(\d+))\n$/;

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const children: ChildProcessWithoutNullStreams[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

function launch(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: "pipe" });
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const finished = new Promise<Finished>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on("data", () => {
      if (stdout.endsWith("\n")) resolve(stdout);
    });
    child.on("exit", () => reject(new Error(`exited before ready; stderr: ${stderr}`)));
  });
  // Tests of failing command lines never wait for the ready line.
  ready.catch(() => {});
  return { child, finished, ready };
}

describe("dynamodb-patterns serve", () => {
  it.each(["SIGTERM", "SIGINT"] as const)(
    "prints one ready line, serves requests and exits 0 on %s",
    async (signal) => {
      const { child, finished, ready } = launch(["serve", "--port", "0"]);
      const line = await ready;
      const match = READY.exec(line);
      expect(match, line).not.toBeNull();
      const endpoint = match![1]!;

      const res = await dynamodbRequest(endpoint, "DynamoDB_20120810.ListTables", "{}");
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toEqual({ TableNames: [] });

      child.kill(signal);
      const result = await finished;
      expect(result).toMatchObject({ code: 0, signal: null, stderr: "" });
      expect(result.stdout).toBe(line);
    },
  );

  it("uses the region flag in its health answer", async () => {
    const { child, finished, ready } = launch(["serve", "--port", "0", "--region", "ap-south-1"]);
    const endpoint = READY.exec(await ready)![1]!;
    const res = await rawRequest(endpoint, { method: "GET" });
    expect(res.body).toBe("healthy: dynamodb.ap-south-1.amazonaws.com ");
    child.kill("SIGTERM");
    expect((await finished).code).toBe(0);
  });

  it("hands --table-delays to the engine: a new table stays CREATING for that long", async () => {
    const { child, finished, ready } = launch(["serve", "--port", "0", "--table-delays", "create=400"]);
    const endpoint = READY.exec(await ready)![1]!;
    const created = await dynamodbRequest(
      endpoint,
      "DynamoDB_20120810.CreateTable",
      JSON.stringify({
        TableName: "Slow",
        AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
        KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
        BillingMode: "PAY_PER_REQUEST",
      }),
    );
    expect(created.status).toBe(200);
    const status = async () =>
      JSON.parse(
        (await dynamodbRequest(endpoint, "DynamoDB_20120810.DescribeTable", '{"TableName":"Slow"}')).body,
      ).Table.TableStatus;
    expect(await status()).toBe("CREATING");
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await status()).toBe("ACTIVE");
    child.kill("SIGTERM");
    expect((await finished).code).toBe(0);
  });

  it("exits 1 with a clear message when the port is taken", async () => {
    const first = launch(["serve", "--port", "0"]);
    const port = READY.exec(await first.ready)![2]!;
    const second = launch(["serve", "--port", port]);
    const result = await second.finished;
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `dynamodb-patterns: cannot listen on 127.0.0.1:${port}: address already in use\n`,
    );
    first.child.kill("SIGTERM");
    expect((await first.finished).code).toBe(0);
  });

  it("exits 2 on an unknown flag, saying which and where to look", async () => {
    const result = await launch(["serve", "--prot", "8000"]).finished;
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^dynamodb-patterns: Unknown option '--prot'/);
    expect(result.stderr).toContain("Run 'dynamodb-patterns serve --help' for usage.\n");
  });

  it("exits 2 on an unknown command", async () => {
    const result = await launch(["srve"]).finished;
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "dynamodb-patterns: unknown command 'srve'\nRun 'dynamodb-patterns --help' for usage.\n",
    );
  });

  it("explains every flag with --help and exits 0", async () => {
    const result = await launch(["serve", "--help"]).finished;
    expect(result.code).toBe(0);
    for (const flag of [
      "--port",
      "--host",
      "--region",
      "--table-delays",
      "--ttl-sweep-ms",
      "--fault-unprocessed",
      "--fault-conflict",
      "--fault-seed",
      "--help",
    ]) {
      expect(result.stdout).toContain(flag);
    }
  });
});
