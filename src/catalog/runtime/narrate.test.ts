import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { describeCapacity, setNarrationSink, show, step, type NarrationSink } from "./narrate.js";

let output = "";
let previous: NarrationSink;

beforeEach(() => {
  output = "";
  vi.stubEnv("DYNAMODB_PATTERNS_QUIET", "");
  previous = setNarrationSink({ write: (text) => (output += text), color: false });
});

afterEach(() => {
  setNarrationSink(previous);
  vi.unstubAllEnvs();
});

describe("step and show", () => {
  it("numbers steps and prints requests on one line when short", () => {
    step("Put a user");
    show("request", { TableName: "Users", Item: { userId: "u1", tags: new Set(["a", "b"]) } });
    step("Get it back");
    expect(output).toBe(
      '\n1. Put a user\n   request: { TableName: "Users", Item: { userId: "u1", tags: SS{"a", "b"} } }\n\n2. Get it back\n',
    );
  });

  it("drops $metadata and highlights consumed capacity on its own line", () => {
    show("response", {
      $metadata: { httpStatusCode: 200, requestId: "x" },
      Item: { userId: "u1" },
      ConsumedCapacity: { TableName: "Users", CapacityUnits: 0.5 },
    });
    expect(output).toBe(
      '   response: { Item: { userId: "u1" } }\n   consumed capacity: 0.5 units on Users\n',
    );
  });

  it("breaks long values over indented lines", () => {
    const Items = Array.from({ length: 3 }, (_, n) => ({
      PK: `CUSTOMER#c${n}`,
      SK: "PROFILE",
      name: "x".repeat(20),
    }));
    show("response", { Items, Count: 3 });
    expect(output).toBe(
      [
        "   response: {",
        "     Items: [",
        '       { PK: "CUSTOMER#c0", SK: "PROFILE", name: "xxxxxxxxxxxxxxxxxxxx" },',
        '       { PK: "CUSTOMER#c1", SK: "PROFILE", name: "xxxxxxxxxxxxxxxxxxxx" },',
        '       { PK: "CUSTOMER#c2", SK: "PROFILE", name: "xxxxxxxxxxxxxxxxxxxx" }',
        "     ],",
        "     Count: 3",
        "   }",
        "",
      ].join("\n"),
    );
  });

  it("prints nothing when DYNAMODB_PATTERNS_QUIET=1", () => {
    vi.stubEnv("DYNAMODB_PATTERNS_QUIET", "1");
    step("silent");
    show("value", { a: 1 });
    expect(output).toBe("");
  });
});

describe("describeCapacity", () => {
  it("names the table, the read/write split and each index", () => {
    expect(
      describeCapacity({
        TableName: "Orders",
        CapacityUnits: 4,
        ReadCapacityUnits: 0,
        WriteCapacityUnits: 4,
        Table: { CapacityUnits: 2 },
        GlobalSecondaryIndexes: { ByStatus: { CapacityUnits: 2 } },
        LocalSecondaryIndexes: { ByTotal: { CapacityUnits: 0 } },
      }),
    ).toBe("4 units on Orders (read 0, write 4; table 2, index ByStatus 2, local index ByTotal 0)");
    expect(describeCapacity({ TableName: "Users", CapacityUnits: 1 })).toBe("1 unit on Users");
  });
});
