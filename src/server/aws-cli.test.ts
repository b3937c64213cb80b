import { execFile, spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "./http-server.js";

/**
 * The AWS CLI against the HTTP server: a client whose request building and response parsing we do
 * not control. Skipped, with a message, where the `aws` command is not installed.
 */
const available = spawnSync("aws", ["--version"], { stdio: "ignore" }).status === 0;
if (!available) {
  console.log(
    "Skipping AWS CLI end-to-end tests: the `aws` command is not installed (apt-get install awscli).",
  );
}

/** Dummy credentials and no user configuration, so nothing from this machine leaks in. */
const ENV = {
  PATH: process.env["PATH"] ?? "",
  HOME: process.env["HOME"] ?? "/tmp",
  AWS_ACCESS_KEY_ID: "local",
  AWS_SECRET_ACCESS_KEY: "local",
  AWS_DEFAULT_REGION: "us-east-1",
  AWS_CONFIG_FILE: "/dev/null",
  AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
  AWS_EC2_METADATA_DISABLED: "true",
  AWS_PAGER: "",
};

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

let server: RunningServer;

function aws(...args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      "aws",
      ["dynamodb", ...args, "--endpoint-url", server.endpoint, "--output", "json"],
      { env: ENV, timeout: 30_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe.skipIf(!available)("AWS CLI against the HTTP server", () => {
  beforeAll(async () => {
    server = await startServer();
  });

  afterAll(async () => {
    await server?.close();
  });

  it("creates a table, writes and reads an item, lists tables", { timeout: 60_000 }, async () => {
    const created = await aws(
      "create-table",
      "--table-name",
      "Music",
      "--attribute-definitions",
      "AttributeName=Artist,AttributeType=S",
      "AttributeName=Song,AttributeType=S",
      "--key-schema",
      "AttributeName=Artist,KeyType=HASH",
      "AttributeName=Song,KeyType=RANGE",
      "--billing-mode",
      "PAY_PER_REQUEST",
    );
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout).TableDescription).toMatchObject({
      TableName: "Music",
      // As from DynamoDB, the CreateTable answer says CREATING even when the table is ready at once.
      TableStatus: "CREATING",
      KeySchema: [
        { AttributeName: "Artist", KeyType: "HASH" },
        { AttributeName: "Song", KeyType: "RANGE" },
      ],
    });

    const put = await aws(
      "put-item",
      "--table-name",
      "Music",
      "--item",
      '{"Artist":{"S":"No One You Know"},"Song":{"S":"Call Me Today"},"Year":{"N":"2015.0"}}',
    );
    expect([put.code, put.stderr, put.stdout]).toEqual([0, "", ""]);

    const got = await aws(
      "get-item",
      "--table-name",
      "Music",
      "--key",
      '{"Artist":{"S":"No One You Know"},"Song":{"S":"Call Me Today"}}',
    );
    expect(got.code).toBe(0);
    expect(JSON.parse(got.stdout)).toEqual({
      Item: { Artist: { S: "No One You Know" }, Song: { S: "Call Me Today" }, Year: { N: "2015" } },
    });

    const listed = await aws("list-tables");
    expect(JSON.parse(listed.stdout)).toEqual({ TableNames: ["Music"] });
  });

  it("reports DynamoDB's exception name and message", { timeout: 60_000 }, async () => {
    const result = await aws("describe-table", "--table-name", "Nope");
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim()).toBe(
      "An error occurred (ResourceNotFoundException) when calling the DescribeTable operation: " +
        "Requested resource not found: Table: Nope not found",
    );
  });
});
