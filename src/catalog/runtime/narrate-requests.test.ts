import { describe, expect, it } from "vitest";
import { summarise } from "./narrate-requests.js";

describe("summarise", () => {
  it("leaves messages without batch members as they are", () => {
    const message = { TableName: "t", Key: { id: "1" } };
    expect(summarise(message)).toBe(message);
  });

  it("counts per table beyond three entries and keeps short lists whole", () => {
    const keys = [{ id: "1" }, { id: "2" }, { id: "3" }, { id: "4" }];
    expect(
      summarise({
        RequestItems: {
          Books: keys.map((key) => ({ PutRequest: { Item: key } })),
          Few: [{ DeleteRequest: { Key: keys[0] } }],
        },
        UnprocessedKeys: { Books: { Keys: keys } },
        Responses: { Books: keys.slice(0, 2) },
      }),
    ).toEqual({
      RequestItems: { Books: "4 entries", Few: [{ DeleteRequest: { Key: { id: "1" } } }] },
      UnprocessedKeys: { Books: "4 keys" },
      Responses: { Books: [{ id: "1" }, { id: "2" }] },
    });
  });
});
