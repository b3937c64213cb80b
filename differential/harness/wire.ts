import type { WireResponse } from "./types.js";

// DynamoDB Local accepts any credentials; the header only has to look like SigV4.
const AUTHORIZATION =
  "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=00";

/** The operations DynamoDB Streams answers, under its own target prefix. */
export const STREAMS_OPERATIONS: ReadonlySet<string> = new Set([
  "ListStreams",
  "DescribeStream",
  "GetShardIterator",
  "GetRecords",
]);

/** Sends one JSON 1.0 request to a DynamoDB endpoint, exactly as an SDK would. */
export async function sendToEndpoint(
  endpoint: string,
  op: string,
  body: Record<string, unknown>,
): Promise<WireResponse> {
  const prefix = STREAMS_OPERATIONS.has(op) ? "DynamoDBStreams_20120810" : "DynamoDB_20120810";
  const response = await fetch(endpoint, {
    method: "POST",
    headers: {
      "X-Amz-Target": `${prefix}.${op}`,
      "Content-Type": "application/x-amz-json-1.0",
      Authorization: AUTHORIZATION,
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text === "" ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

/** The part of the engine the harness drives; see `loadEngine` for why it is not imported here. */
export interface EngineLike {
  execute(operation: string, input: Record<string, unknown>): Record<string, unknown>;
}

interface WireError {
  statusCode: number;
  toWireBody(): Record<string, unknown>;
}

function isDynamoDBError(error: unknown): error is WireError {
  return (
    error instanceof Error &&
    typeof (error as Partial<WireError>).statusCode === "number" &&
    typeof (error as Partial<WireError>).toWireBody === "function"
  );
}

/**
 * Sends the same request to the engine at the same wire level: the body goes through JSON both
 * ways, and a DynamoDBError becomes the error envelope the HTTP adapter would write.
 */
export function sendToEngine(engine: EngineLike, op: string, body: Record<string, unknown>): WireResponse {
  try {
    const output = engine.execute(op, JSON.parse(JSON.stringify(body)) as Record<string, unknown>);
    return { status: 200, body: JSON.parse(JSON.stringify(output)) as Record<string, unknown> };
  } catch (error) {
    if (isDynamoDBError(error)) return { status: error.statusCode, body: error.toWireBody() };
    const message = error instanceof Error ? error.message : String(error);
    return { status: 500, body: { __type: "UncaughtEngineError", message } };
  }
}

/** Deletes every table (lifting deletion protection first), so the next case starts empty. */
export async function deleteAllTables(endpoint: string): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const page = await sendToEndpoint(endpoint, "ListTables", {});
    const names = (page.body["TableNames"] as string[] | undefined) ?? [];
    if (names.length === 0) return;
    for (const name of names) {
      const deleted = await sendToEndpoint(endpoint, "DeleteTable", { TableName: name });
      if (deleted.status === 200) continue;
      await sendToEndpoint(endpoint, "UpdateTable", { TableName: name, DeletionProtectionEnabled: false });
      await sendToEndpoint(endpoint, "DeleteTable", { TableName: name });
    }
  }
  throw new Error("DynamoDB Local still lists tables after repeated deletes");
}

/**
 * What one side of a case has answered so far, so that later requests can use values only that
 * side knows: each side's own ARNs (DynamoDB Local lives in region `ddblocal`, the engine in
 * `us-east-1`), and stream ARNs, shard ids and iterators from earlier answers.
 */
export class TargetContext {
  private readonly captured = new Map<string, string>();

  constructor(private readonly arnPrefix: string) {}

  /** A request body with `arn:aws:dynamodb:<region>:<account>:` and `$Member` strings filled in. */
  fill(body: Record<string, unknown>): Record<string, unknown> {
    return this.fillValue(body) as Record<string, unknown>;
  }

  /** Remembers the first value of every capturable member in an answer. */
  capture(response: WireResponse): void {
    const seen = new Set<string>();
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(visit);
      if (value === null || typeof value !== "object") return;
      for (const [key, inner] of Object.entries(value)) {
        if (CAPTURED_MEMBERS.has(key) && typeof inner === "string" && !seen.has(key)) {
          seen.add(key);
          this.captured.set(key, inner);
        }
        visit(inner);
      }
    };
    visit(response.body);
  }

  private fillValue(value: unknown): unknown {
    if (typeof value === "string") {
      if (value.startsWith("$")) return this.captured.get(value.slice(1)) ?? value;
      return value.replace(PLACEHOLDER_ARN, this.arnPrefix);
    }
    if (Array.isArray(value)) return value.map((element) => this.fillValue(element));
    if (value === null || typeof value !== "object") return value;
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, this.fillValue(inner)]));
  }
}

const PLACEHOLDER_ARN = /^arn:aws:dynamodb:<region>:<account>:/;
const CAPTURED_MEMBERS = new Set([
  "LatestStreamArn",
  "StreamArn",
  "ShardId",
  "ShardIterator",
  "NextShardIterator",
  "SequenceNumber",
]);

export const localContext = () => new TargetContext("arn:aws:dynamodb:ddblocal:000000000000:");
export const engineContext = () => new TargetContext("arn:aws:dynamodb:us-east-1:000000000000:");
