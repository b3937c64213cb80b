import { describe, expect, it } from "vitest";
import type { StreamEvent } from "./subscriptions.js";
import { createStreamTable, pkOf, put, remove, testEngine } from "./test-support.js";

describe("engine.onStreamRecords", () => {
  it("delivers Lambda-shaped batches after the write, never inside it", async () => {
    const { engine } = testEngine();
    const arn = createStreamTable(engine, "orders", "NEW_IMAGE")!;
    const events: StreamEvent[] = [];
    engine.onStreamRecords(
      "orders",
      (event) => {
        events.push(event);
      },
      { batchSize: 2 },
    );
    put(engine, "orders", { pk: { S: "a" } });
    put(engine, "orders", { pk: { S: "b" } });
    remove(engine, "orders", { pk: { S: "a" } });
    expect(events).toEqual([]);
    await engine.streamRecordsDelivered();
    expect(events.map((event) => event.Records.map((r) => `${r.eventName}:${pkOf(r)}`))).toEqual([
      ["INSERT:a", "INSERT:b"],
      ["REMOVE:a"],
    ]);
    const first = events[0]!.Records[0]!;
    expect(first.eventSourceARN).toBe(arn);
    expect(first.eventSource).toBe("aws:dynamodb");
    expect(first.dynamodb.NewImage).toEqual({ pk: { S: "a" } });
  });

  it("awaits an async handler before the next batch and hands out copies", async () => {
    const { engine } = testEngine();
    createStreamTable(engine, "orders");
    const seen: string[] = [];
    engine.onStreamRecords(
      "orders",
      async (event) => {
        for (const record of event.Records) {
          seen.push(`start:${pkOf(record)}`);
          await new Promise((resolve) => setImmediate(resolve));
          record.dynamodb.NewImage!.pk = { S: "changed" };
          seen.push(`end:${pkOf(record)}`);
        }
      },
      { batchSize: 1 },
    );
    put(engine, "orders", { pk: { S: "a" } });
    put(engine, "orders", { pk: { S: "b" } });
    await engine.streamRecordsDelivered();
    expect(seen).toEqual(["start:a", "end:a", "start:b", "end:b"]);
    const item = engine.execute("GetItem", { TableName: "orders", Key: { pk: { S: "a" } } }).Item;
    expect(item).toEqual({ pk: { S: "a" } });
  });

  it("stops after unsubscribe and reports handler errors to onError", async () => {
    const { engine } = testEngine();
    createStreamTable(engine, "orders");
    const errors: unknown[] = [];
    const unsubscribe = engine.onStreamRecords(
      "orders",
      () => {
        throw new Error("handler failed");
      },
      { onError: (error) => errors.push((error as Error).message) },
    );
    put(engine, "orders", { pk: { S: "a" } });
    await engine.streamRecordsDelivered();
    expect(errors).toEqual(["handler failed"]);
    unsubscribe();
    put(engine, "orders", { pk: { S: "b" } });
    await engine.streamRecordsDelivered();
    expect(errors).toEqual(["handler failed"]);
  });

  it("delivers nothing for a table without a stream and rejects a bad batch size", async () => {
    const { engine } = testEngine();
    createStreamTable(engine, "plain", null);
    const events: StreamEvent[] = [];
    engine.onStreamRecords("plain", (event) => {
      events.push(event);
    });
    put(engine, "plain", { pk: { S: "a" } });
    await engine.streamRecordsDelivered();
    expect(events).toEqual([]);
    expect(() => engine.onStreamRecords("plain", () => {}, { batchSize: 0 })).toThrow(
      "batchSize must be a positive integer, got 0",
    );
  });
});
