import { describe, expect, it } from "vitest";
import { parseYaml, toYaml, type YamlValue } from "./yaml.js";

const document: YamlValue = {
  AWSTemplateFormatVersion: "2010-09-09",
  Parameters: { TablePrefix: { Type: "String", Default: "" } },
  Resources: {
    Orders: {
      Type: "AWS::DynamoDB::Table",
      Properties: {
        TableName: { "Fn::Sub": "${TablePrefix}Orders" },
        KeySchema: [
          { AttributeName: "PK", KeyType: "HASH" },
          { AttributeName: "SK", KeyType: "RANGE" },
        ],
        ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 1.5 },
        Nested: [[1, 2], [], {}, ["true", "010", 'quote " and # hash']],
        TimeToLiveSpecification: { Enabled: true, Missing: null },
      },
    },
  },
};

describe("toYaml", () => {
  it("writes block maps and lists with quoted strings", () => {
    expect(toYaml({ a: [{ b: "x", c: 1 }, "y"], d: {}, "e f": true })).toBe(
      'a:\n  - b: "x"\n    c: 1\n  - "y"\nd: {}\n"e f": true\n',
    );
  });

  it("refuses values YAML cannot carry back", () => {
    expect(() => toYaml({ a: Number.NaN })).toThrow("cannot write NaN as YAML");
  });
});

describe("parseYaml", () => {
  it("reads back exactly what toYaml wrote", () => {
    expect(parseYaml(toYaml(document))).toEqual(document);
  });

  it("skips comments and blank lines", () => {
    expect(parseYaml('# header\n\na: 1\n  # inside\nb:\n  - "x"\n')).toEqual({ a: 1, b: ["x"] });
  });

  it("names the line of anything outside its subset", () => {
    expect(() => parseYaml("a: 1\nb: plain")).toThrow(
      "YAML line 2: unquoted scalar 'plain' (this reader only takes quoted strings)",
    );
    expect(() => parseYaml("a: 1\n   b: 2")).toThrow("YAML line 2: unexpected indentation");
    expect(() => parseYaml("a 1")).toThrow("YAML line 1: expected 'key: value'");
  });
});
