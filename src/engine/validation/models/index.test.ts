import { describe, expect, it } from "vitest";
import { OPERATIONS } from "../../operations.js";
import { INPUT_MODELS } from "./index.js";
import type { Shape, StructureShape } from "../shape.js";

const SERVED_OPERATIONS = [
  "CreateTable",
  "DescribeTable",
  "ListTables",
  "UpdateTable",
  "DeleteTable",
  "TagResource",
  "UntagResource",
  "ListTagsOfResource",
  "UpdateTimeToLive",
  "DescribeTimeToLive",
  "DescribeLimits",
  "DescribeEndpoints",
  "PutItem",
  "GetItem",
  "UpdateItem",
  "DeleteItem",
  "Query",
  "Scan",
  "BatchGetItem",
  "BatchWriteItem",
  "TransactGetItems",
  "TransactWriteItems",
  "ExecuteStatement",
  "BatchExecuteStatement",
  "ExecuteTransaction",
  "DescribeContinuousBackups",
];

function structuresIn(shape: Shape, found: StructureShape[] = []): StructureShape[] {
  if (shape.kind === "structure") {
    found.push(shape);
    for (const member of shape.members) structuresIn(member.shape, found);
  } else if (shape.kind === "list") {
    structuresIn(shape.member, found);
  } else if (shape.kind === "map") {
    structuresIn(shape.value, found);
  }
  return found;
}

describe("input models", () => {
  it("covers every operation in the engine's registry", () => {
    const missing = Object.keys(OPERATIONS).filter((operation) => !Object.hasOwn(INPUT_MODELS, operation));
    expect(missing).toEqual([]);
  });

  it("covers every operation the engine will serve", () => {
    expect(Object.keys(INPUT_MODELS).sort()).toEqual([...SERVED_OPERATIONS].sort());
  });

  it.each(Object.entries(INPUT_MODELS))(
    "%s lists each member once, with a lower-camel path name",
    (_name, model) => {
      for (const structure of structuresIn(model.input)) {
        const names = structure.members.map((member) => member.name);
        expect(new Set(names).size).toBe(names.length);
        for (const member of structure.members) {
          expect(member.pathName).toBe(member.name.charAt(0).toLowerCase() + member.name.slice(1));
        }
      }
    },
  );

  it.each(Object.entries(INPUT_MODELS))(
    "%s only names its own members in its special rules",
    (_name, model) => {
      const memberNames = model.input.members.map((member) => member.name);
      for (const name of [...(model.requiredParameters ?? []), ...(model.leadingMembers ?? [])]) {
        expect(memberNames).toContain(name);
      }
      if (model.nonEmpty) expect(memberNames).toContain(model.nonEmpty.member);
    },
  );
});
