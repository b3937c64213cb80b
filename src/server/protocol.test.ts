import { describe, expect, it } from "vitest";
import { Engine } from "../engine/engine.js";
import { answerJsonRequest, errorResponse, resolveOperation } from "./protocol.js";
import { nextRequestId } from "./request-id.js";

const known = new Set(["PutItem", "ListTables", "GetRecords"]);

describe("resolveOperation", () => {
  it.each([
    ["DynamoDB_20120810.PutItem", "PutItem"],
    ["DynamoDB_20120810.ListTables", "ListTables"],
    ["DynamoDBStreams_20120810.GetRecords", "GetRecords"],
  ])("maps %s to %s", (target, operation) => {
    expect(resolveOperation(target, known)).toBe(operation);
  });

  it.each([
    [undefined],
    ["PutItem"],
    ["DynamoDB_20111205.PutItem"],
    ["dynamodb_20120810.PutItem"],
    ["DynamoDB_20120810.putItem"],
    ["DynamoDB_20120810.Query"],
    ["DynamoDB_20120810.GetRecords"],
    ["DynamoDBStreams_20120810.PutItem"],
    ["DynamoDB_20120810.PutItem "],
  ])("rejects %s", (target) => {
    expect(resolveOperation(target, known)).toBeUndefined();
  });
});

describe("answerJsonRequest", () => {
  const engine = new Engine();
  const operations = new Set(engine.operations);

  it("answers an operation the engine does not register with UnknownOperationException", () => {
    const reply = answerJsonRequest(engine, operations, {
      target: "DynamoDB_20120810.NoSuchThing",
      authenticated: true,
      body: "{}",
    });
    expect(reply).toEqual({
      statusCode: 400,
      body: '{"__type":"com.amazon.coral.service#UnknownOperationException"}',
    });
  });

  it("reports a missing token only once the target is valid", () => {
    const reply = answerJsonRequest(engine, operations, {
      target: "DynamoDB_20120810.ListTables",
      authenticated: false,
      body: "{}",
    });
    expect(reply.statusCode).toBe(400);
    expect(JSON.parse(reply.body)).toEqual({
      __type: "com.amazon.coral.service#MissingAuthenticationTokenException",
      message: "Request is missing Authentication Token",
    });
  });
});

describe("errorResponse", () => {
  it("hides non-DynamoDB failures behind a generic 500", () => {
    expect(errorResponse(new TypeError("secret detail"))).toEqual({
      statusCode: 500,
      body: '{"__type":"com.amazonaws.dynamodb.v20120810#InternalServerError","message":"Internal server error"}',
    });
  });
});

describe("nextRequestId", () => {
  it("makes distinct 52-character ids across pool refills", () => {
    const ids = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const id = nextRequestId();
      expect(id).toMatch(/^[A-Z0-9]{52}$/);
      ids.add(id);
    }
    expect(ids.size).toBe(1000);
  });
});
