import { ListStreamsCommand } from "@aws-sdk/client-dynamodb-streams";
import { describe, expect, it } from "vitest";
import type { Engine } from "../engine/engine.js";
import { startServer } from "../server/http-server.js";
import { createDynamoDB } from "./create-dynamodb.js";
import { createDynamoDBStreamsClient } from "./create-streams-client.js";

/** An engine stand-in that answers ListStreams and records what reached it. */
function streamsEngine() {
  const seen: { operation: string; input: Record<string, unknown> }[] = [];
  const engine = {
    db: { region: "us-east-1" },
    operations: ["ListStreams", "ListTables"],
    execute(operation: string, input: Record<string, unknown>) {
      seen.push({ operation, input });
      return { Streams: [{ StreamArn: "arn:s", TableName: "t", StreamLabel: "l" }] };
    },
  } as unknown as Engine;
  return { engine, seen };
}

describe("createDynamoDBStreamsClient", () => {
  it("reaches the same in-process engine under the Streams target prefix", async () => {
    const { engine, seen } = streamsEngine();
    const streams = createDynamoDBStreamsClient(createDynamoDB({ engine }));
    const output = await streams.send(new ListStreamsCommand({ TableName: "t" }));
    expect(output.Streams).toEqual([{ StreamArn: "arn:s", TableName: "t", StreamLabel: "l" }]);
    expect(seen).toEqual([{ operation: "ListStreams", input: { TableName: "t" } }]);
    expect(await streams.config.region()).toBe("us-east-1");
  });

  it("reaches the same endpoint over HTTP", async () => {
    const { engine, seen } = streamsEngine();
    const server = await startServer({ engine });
    try {
      const streams = createDynamoDBStreamsClient(createDynamoDB({ endpoint: server.endpoint }));
      const output = await streams.send(new ListStreamsCommand({}));
      expect(output.Streams?.[0]?.StreamArn).toBe("arn:s");
      expect(seen).toEqual([{ operation: "ListStreams", input: {} }]);
      streams.destroy();
    } finally {
      await server.close();
    }
  });

  it("answers UnknownOperationException when the engine has no Streams operations", async () => {
    const { engine } = streamsEngine();
    const withoutStreams = { ...engine, operations: ["ListTables"] } as unknown as Engine;
    const streams = createDynamoDBStreamsClient(createDynamoDB({ engine: withoutStreams }));
    const error = await streams.send(new ListStreamsCommand({})).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "UnknownOperationException", $metadata: { httpStatusCode: 400 } });
  });
});
