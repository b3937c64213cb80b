import type { CaseGroup, DiffCase } from "../harness/types.js";
import { outcomeOnly, validationDeviation } from "./builders.js";

const QUERY_ERRORS = "conformance tier3/error-messages/query.test.ts";
const SCAN_ERRORS = "conformance tier3/error-messages/scan.test.ts";
const CORAL =
  "API reference request constraints, applied by DynamoDB's Coral request validation (DynamoDB Local has none)";
const NO_SHAPE_VALIDATION = "DynamoDB Local has no request-shape validation and answers in its own words";
const MISSED_KEY = "DynamoDB names the missing key element; DynamoDB Local does not";

type Entry = [caseName: string, source: string, note: string, local: string, dynamodb: string];

const missedKey = (name: string, key: string): Entry => [
  name,
  QUERY_ERRORS,
  MISSED_KEY,
  "Query condition missed key schema element",
  `Query condition missed key schema element: ${key}`,
];
const selectEnum = (name: string, value: string, source: string): Entry => [
  name,
  source,
  NO_SHAPE_VALIDATION,
  "Select must be ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES, COUNT, or SPECIFIC_ATTRIBUTES",
  `1 validation error detected: Value '${value}' at 'select' failed to satisfy constraint: Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]`,
];
// The Query text names no value and capitalises the member, as the conformance suite records.
const queryLimit = (name: string): Entry => [
  name,
  QUERY_ERRORS,
  NO_SHAPE_VALIDATION,
  "Limit must be greater than or equal to 1",
  "1 validation error detected: Value at 'Limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
];

const QUERY: Entry[] = [
  [
    "start key in another partition",
    "dynalite test/query.js, ExclusiveStartKey with an out-of-bounds hash key and no range condition (checked against live DynamoDB)",
    "DynamoDB Local reports a start key outside the partition as a range-key mismatch",
    "The provided starting key does not match the range key predicate",
    "The provided starting key is outside query boundaries based on provided conditions",
  ],
  missedKey("only a sort key condition", "pk"),
  missedKey("non-key attribute in the key condition", "pk"),
  missedKey("legacy KeyConditions missing the partition key", "pk"),
  selectEnum("Select not in the enum", "EVERYTHING", QUERY_ERRORS),
  queryLimit("Limit 0"),
  queryLimit("negative Limit"),
  [
    "capacity mode not in the enum",
    CORAL,
    NO_SHAPE_VALIDATION,
    "Cannot have null key for GetItem, DeleteItem, or UpdateItem",
    "1 validation error detected: Value 'SOME' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]",
  ],
];

const SCAN: Entry[] = [
  [
    "Segment without TotalSegments",
    SCAN_ERRORS,
    "DynamoDB Local words the missing TotalSegments differently",
    "If segment is specified, total segment must also be specified",
    "The TotalSegments parameter is required but was not present in the request when Segment parameter is present",
  ],
  [
    "TotalSegments without Segment",
    SCAN_ERRORS,
    "DynamoDB Local words the missing Segment differently",
    "If total segments is specified, a particular segment must also be specified for this request",
    "The Segment parameter is required but was not present in the request when parameter TotalSegments is present",
  ],
  [
    "Segment equal to TotalSegments",
    SCAN_ERRORS,
    "DynamoDB Local reports a segment out of range as a bound on segment",
    "1 validation error detected: Value '5' at 'segment' failed to satisfy constraint: Member must have value less than or equal to 4",
    "The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 5 is not less than TotalSegments: 5",
  ],
  [
    "negative Segment",
    CORAL,
    "DynamoDB Local checks the segment against TotalSegments before its own lower bound",
    "1 validation error detected: Value '-1' at 'segment' failed to satisfy constraint: Member must have value less than or equal to 1",
    "1 validation error detected: Value '-1' at 'segment' failed to satisfy constraint: Member must have value greater than or equal to 0",
  ],
  [
    "TotalSegments 0",
    CORAL,
    "DynamoDB Local checks the segment against TotalSegments before the TotalSegments lower bound",
    "1 validation error detected: Value '0' at 'segment' failed to satisfy constraint: Member must have value less than or equal to -1",
    "1 validation error detected: Value '0' at 'totalSegments' failed to satisfy constraint: Member must have value greater than or equal to 1",
  ],
  [
    "Limit 0",
    SCAN_ERRORS,
    NO_SHAPE_VALIDATION,
    "Limit must be greater than or equal to 1",
    "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
  ],
  selectEnum("Select not in the enum", "SOME", CORAL),
];

const INDEXES: Entry[] = [
  missedKey("GSI queried by the table key", "owner"),
  missedKey("LSI queried by another partition attribute", "pk"),
  [
    "GSI strongly consistent",
    QUERY_ERRORS,
    "DynamoDB Local words the GSI consistent-read error differently",
    "Consistent read cannot be true when querying a GSI",
    "Consistent reads are not supported on global secondary indexes",
  ],
  [
    "index name too short",
    CORAL,
    NO_SHAPE_VALIDATION,
    "The table does not have the specified index: ab",
    "1 validation error detected: Value 'ab' at 'indexName' failed to satisfy constraint: Member must have length greater than or equal to 3",
  ],
];

/**
 * Cases whose DynamoDB Local answer is its own wording and whose DynamoDB text has no source yet:
 * only the outcome is compared. DynamoDB Local's start-key texts ("Exclusive Start Key must have
 * same size as table's key schema", "Type mismatch for attribute to update") are not DynamoDB's.
 */
const OUTCOME_ONLY = new Set([
  "start key without the sort key",
  "start key of the wrong type",
  "start key with an extra attribute",
  "GSI start key missing the table key",
  "GSI scan strongly consistent",
]);

function apply(group: CaseGroup, entries: Entry[]): CaseGroup {
  const byName = new Map(entries.map((entry) => [entry[0], entry]));
  const cases = group.cases.map((diffCase): DiffCase => {
    if (OUTCOME_ONLY.has(diffCase.name)) return outcomeOnly(diffCase);
    const entry = byName.get(diffCase.name);
    if (!entry) return diffCase;
    byName.delete(diffCase.name);
    const [, source, note, local, dynamodb] = entry;
    return { ...diffCase, deviation: validationDeviation(source, note, local, dynamodb) };
  });
  if (byName.size > 0) throw new Error(`No such case in ${group.title}: ${[...byName.keys()].join(", ")}`);
  return { ...group, cases };
}

export const withQueryDeviations = (group: CaseGroup) => apply(group, QUERY);
export const withScanDeviations = (group: CaseGroup) => apply(group, SCAN);
export const withIndexDeviations = (group: CaseGroup) => apply(group, INDEXES);
