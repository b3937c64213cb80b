import type { QuirkName, WireResponse } from "./types.js";

/**
 * A systematic way DynamoDB Local's answer differs from DynamoDB's, applied as a rewrite of Local's
 * normalised answer. `apply` returns false when the answer holds nothing to rewrite, which means the
 * recorded quirk no longer describes DynamoDB Local.
 */
export interface Quirk {
  source: string;
  note: string;
  apply(body: Record<string, unknown>): boolean;
}

type Description = Record<string, unknown>;

function description(body: Record<string, unknown>): Description | undefined {
  const inner = body["TableDescription"] ?? body["Table"];
  return inner !== null && typeof inner === "object" ? (inner as Description) : undefined;
}

function setStatus(from: string, to: string, indexesToo: boolean) {
  return (body: Record<string, unknown>): boolean => {
    const table = description(body);
    if (table?.["TableStatus"] !== from) return false;
    table["TableStatus"] = to;
    if (indexesToo && Array.isArray(table["GlobalSecondaryIndexes"])) {
      for (const index of table["GlobalSecondaryIndexes"] as Description[]) {
        if (index["IndexStatus"] === from) index["IndexStatus"] = to;
        const throughput = index["ProvisionedThroughput"] as Description | undefined;
        // DynamoDB describes every index's throughput with its decrease count, as it does the table's.
        if (throughput && !("NumberOfDecreasesToday" in throughput))
          index["ProvisionedThroughput"] = { NumberOfDecreasesToday: 0, ...throughput };
      }
    }
    return true;
  };
}

function sortDefinitionsByName(body: Record<string, unknown>): boolean {
  const definitions = description(body)?.["AttributeDefinitions"];
  if (!Array.isArray(definitions)) return false;
  const name = (definition: unknown) => String((definition as Description)["AttributeName"]);
  const sorted = [...definitions].sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
  if (sorted.every((definition, index) => definition === definitions[index])) return false;
  definitions.splice(0, definitions.length, ...sorted);
  return true;
}

export const QUIRKS: Record<QuirkName, Quirk> = {
  tableCreating: {
    source:
      "API reference CreateTable (CreateTable is asynchronous; TableStatus is CREATING and new GSIs are CREATING until ACTIVE)",
    note: "DynamoDB Local creates tables and their indexes synchronously and answers ACTIVE",
    apply: setStatus("ACTIVE", "CREATING", true),
  },
  tableDeleting: {
    source:
      "API reference DeleteTable (the table is in the DELETING state until DynamoDB completes the deletion)",
    note: "DynamoDB Local deletes synchronously and answers TableStatus ACTIVE",
    apply: setStatus("ACTIVE", "DELETING", false),
  },
  tableUpdating: {
    source:
      "API reference UpdateTable (UpdateTable is asynchronous; TableStatus changes from ACTIVE to UPDATING)",
    note: "DynamoDB Local applies updates synchronously and answers TableStatus ACTIVE",
    apply: setStatus("ACTIVE", "UPDATING", false),
  },
  attributeDefinitionsByName: {
    source:
      "AWS CLI reference create-table examples 4-6 (definitions given as UserId, GameTitle, TopScore are described as GameTitle, TopScore, UserId)",
    note: "DynamoDB Local describes AttributeDefinitions in request order; DynamoDB lists them by name",
    apply: sortDefinitionsByName,
  },
};

/** Applies the named quirks to a copy of Local's answer; `stale` lists those that changed nothing. */
export function applyQuirks(
  local: WireResponse,
  names: readonly QuirkName[],
): { response: WireResponse; stale: QuirkName[] } {
  const body = structuredClone(local.body);
  const stale = names.filter((name) => !QUIRKS[name].apply(body));
  return { response: { status: local.status, body }, stale };
}

/**
 * DynamoDB Local keeps a deleted table's stream and reports it as LatestStreamArn/LatestStreamLabel
 * of the next table created under the same name, even one without a stream. The cases run one
 * after another on one DynamoDB Local, so in a case that never enables a stream these members are
 * dropped from its answers (DynamoDB describes only the table's own stream).
 */
export function dropInheritedStream(response: WireResponse): WireResponse {
  const body = structuredClone(response.body);
  const table = description(body);
  if (table && table["StreamSpecification"] === undefined) {
    delete table["LatestStreamArn"];
    delete table["LatestStreamLabel"];
  }
  return { status: response.status, body };
}

/** Whether any step of a case turns a stream on (then stream members are the case's own). */
export function enablesStream(bodies: readonly Record<string, unknown>[]): boolean {
  return bodies.some((body) => JSON.stringify(body).includes('"StreamEnabled":true'));
}
