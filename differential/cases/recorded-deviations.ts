import type { CaseGroup, Deviation, DiffCase, WireResponse } from "../harness/types.js";
import { outcomeOnly } from "./builders.js";

/**
 * What a case's last step should expect instead of DynamoDB Local's answer: DynamoDB's answer
 * (a deviation), or `outcome` where DynamoDB's text echoes the whole request in a form no source
 * pins down and only the exception type is compared.
 */
export type Expectation = Deviation | "outcome";

/** Attaches the recorded expectations to the named cases; a name matching no case is an error. */
export function withDeviations(group: CaseGroup, expectations: Record<string, Expectation>): CaseGroup {
  const unused = new Set(Object.keys(expectations));
  const cases = group.cases.map((diffCase): DiffCase => {
    if (!Object.hasOwn(expectations, diffCase.name)) return diffCase;
    unused.delete(diffCase.name);
    const expectation = expectations[diffCase.name]!;
    return expectation === "outcome" ? outcomeOnly(diffCase) : { ...diffCase, deviation: expectation };
  });
  if (unused.size > 0) throw new Error(`No such case in ${group.title}: ${[...unused].join(", ")}`);
  return { ...group, cases };
}

const NAMESPACE: Record<string, string> = {
  ValidationException: "com.amazon.coral.validate",
};

/** An error answer as it travels: `Message` capitalised as DynamoDB Local sends it, or not. */
export function errorAnswer(type: string, message: string, capitalised = false): WireResponse {
  const namespace = NAMESPACE[type] ?? "com.amazonaws.dynamodb.v20120810";
  return {
    status: 400,
    body: { __type: `${namespace}#${type}`, [capitalised ? "Message" : "message"]: message },
  };
}

/** A deviation where both servers fail, each with its own exception type and text. */
export function errorDeviation(
  source: string,
  note: string,
  local: [type: string, message: string],
  dynamodb: [type: string, message: string],
): Deviation {
  return {
    source,
    note,
    local: errorAnswer(local[0], local[1], true),
    dynamodb: errorAnswer(dynamodb[0], dynamodb[1]),
  };
}

/** A ValidationException on both sides, worded differently. */
export function validationTexts(source: string, note: string, local: string, dynamodb: string): Deviation {
  return errorDeviation(source, note, ["ValidationException", local], ["ValidationException", dynamodb]);
}

/** Sources quoted by several groups. */
export const CORAL =
  "API reference request constraints, applied by DynamoDB's Coral request validation (DynamoDB Local has none)";
export const NO_SHAPE_VALIDATION =
  "DynamoDB Local has no request-shape validation and answers in its own words";
