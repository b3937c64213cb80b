import { describe, expect, it } from "vitest";
import { applyQuirks } from "./quirks.js";

const definition = (name: string) => ({ AttributeName: name, AttributeType: "S" });
const created = (...names: string[]) => ({
  status: 200,
  body: { TableDescription: { TableStatus: "ACTIVE", AttributeDefinitions: names.map(definition) } },
});

describe("attributeDefinitionsByName quirk", () => {
  it("lists DynamoDB Local's definitions by name", () => {
    const { response, stale } = applyQuirks(created("pk", "sk", "Owner", "date"), [
      "attributeDefinitionsByName",
    ]);
    expect(stale).toEqual([]);
    expect(response.body).toEqual({
      TableDescription: {
        TableStatus: "ACTIVE",
        AttributeDefinitions: ["Owner", "date", "pk", "sk"].map(definition),
      },
    });
  });

  it("is stale when the definitions already come by name", () => {
    expect(applyQuirks(created("date", "pk"), ["attributeDefinitionsByName"]).stale).toEqual([
      "attributeDefinitionsByName",
    ]);
  });

  it("is stale on an answer without a table description", () => {
    const error = { status: 400, body: { __type: "ValidationException", message: "x" } };
    expect(applyQuirks(error, ["attributeDefinitionsByName"]).stale).toEqual(["attributeDefinitionsByName"]);
  });

  it("leaves the recorded answer untouched", () => {
    const local = created("pk", "a");
    applyQuirks(local, ["attributeDefinitionsByName"]);
    expect(local.body.TableDescription.AttributeDefinitions).toEqual([definition("pk"), definition("a")]);
  });
});
