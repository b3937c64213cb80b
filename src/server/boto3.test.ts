import { execFile, spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "./http-server.js";

/**
 * boto3 against the HTTP server. botocore checks the `x-amz-crc32` header of every DynamoDB
 * response and retries on a mismatch, so these tests also hold the checksum to account.
 * Skipped, with a message, where python3 or boto3 is not installed.
 */
// The first interpreter that has boto3: the one on PATH, or Debian's, where python3-boto3 installs.
const interpreter = ["python3", "/usr/bin/python3"].find(
  (candidate) => spawnSync(candidate, ["-c", "import boto3"], { stdio: "ignore" }).status === 0,
);
const available = interpreter !== undefined;
if (!available) {
  console.log(
    "Skipping boto3 end-to-end tests: python3 with boto3 is not installed (apt-get install python3-boto3).",
  );
}

const SCRIPT = `
import json, sys
import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

client = boto3.client(
    "dynamodb",
    endpoint_url=sys.argv[1],
    region_name="us-east-1",
    aws_access_key_id="local",
    aws_secret_access_key="local",
    config=Config(retries={"max_attempts": 1, "mode": "standard"}),
)
out = {}
client.create_table(
    TableName="Books",
    AttributeDefinitions=[{"AttributeName": "isbn", "AttributeType": "S"}],
    KeySchema=[{"AttributeName": "isbn", "KeyType": "HASH"}],
    BillingMode="PAY_PER_REQUEST",
)
client.put_item(
    TableName="Books",
    Item={"isbn": {"S": "978-0"}, "title": {"S": "Ünïcödé 😀"}, "pages": {"N": "320"}, "cover": {"B": b"\\x00\\xff"}},
)
item = client.get_item(TableName="Books", Key={"isbn": {"S": "978-0"}})["Item"]
item["cover"]["B"] = list(item["cover"]["B"])
out["item"] = item
out["tables"] = client.list_tables()["TableNames"]
try:
    client.get_item(TableName="Missing", Key={"isbn": {"S": "x"}})
except ClientError as error:
    out["error"] = {
        "code": error.response["Error"]["Code"],
        "message": error.response["Error"]["Message"],
        "status": error.response["ResponseMetadata"]["HTTPStatusCode"],
        "request_id_length": len(error.response["ResponseMetadata"]["RequestId"]),
    }
print(json.dumps(out, ensure_ascii=False))
`;

let server: RunningServer;

function python(endpoint: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      interpreter!,
      ["-c", SCRIPT, endpoint],
      { timeout: 30_000, env: { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? "/tmp" } },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });
}

describe.skipIf(!available)("boto3 against the HTTP server", () => {
  beforeAll(async () => {
    server = await startServer();
  });

  afterAll(async () => {
    await server?.close();
  });

  it("creates, writes, reads, lists and reports errors", { timeout: 60_000 }, async () => {
    const result = await python(server.endpoint);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      item: {
        isbn: { S: "978-0" },
        title: { S: "Ünïcödé 😀" },
        pages: { N: "320" },
        cover: { B: [0, 255] },
      },
      tables: ["Books"],
      error: {
        code: "ResourceNotFoundException",
        message: "Requested resource not found",
        status: 400,
        request_id_length: 52,
      },
    });
  });
});
