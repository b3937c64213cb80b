import { describe, expect, it } from "vitest";
import { Engine } from "../../engine/engine.js";
import { sampleModel } from "../testing/sample-model.js";
import { runExample } from "./run-example.js";

describe("runExample", () => {
  it("hands the steps a seeded table and drops it afterwards", async () => {
    const engine = new Engine();
    let seen: { tables: unknown; seeded: number } | undefined;
    await runExample(
      sampleModel,
      async (connection, seeded) => {
        seen = { tables: engine.execute("ListTables", {}).TableNames, seeded };
        expect(connection.backend).toBe("in-process");
      },
      { engine, env: {} },
    );
    const exampleItems = sampleModel.entities.reduce((count, entity) => count + entity.examples.length, 0);
    expect(seen).toEqual({
      tables: sampleModel.tables.map((table) => table.name).sort(),
      seeded: exampleItems,
    });
    expect(engine.execute("ListTables", {}).TableNames).toEqual([]);
  });

  it("drops the tables and passes the failure on when a step fails", async () => {
    const engine = new Engine();
    await expect(
      runExample(
        sampleModel,
        async () => {
          throw new Error("step failed");
        },
        { engine, env: {} },
      ),
    ).rejects.toThrow("step failed");
    expect(engine.execute("ListTables", {}).TableNames).toEqual([]);
  });
});
