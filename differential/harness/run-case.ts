import { isDeepStrictEqual } from "node:util";
import { normalise, outcome } from "./normalise.js";
import type { DiffCase, Step, WireResponse } from "./types.js";
import { sendToEndpoint, sendToEngine, type EngineLike } from "./wire.js";

/** The first step where the engine's answer differs from the expected (DynamoDB's) answer. */
export interface EngineMismatch {
  step: number;
  op: string;
  request: Record<string, unknown>;
  expected: WireResponse;
  engine: WireResponse;
}

export interface CaseResult {
  /** Set when DynamoDB Local no longer gives the answer a deviation records: the case is stale. */
  staleDeviation?: { recorded: WireResponse; actual: WireResponse };
  engineMismatch?: EngineMismatch;
}

function agree(step: Step, expected: WireResponse, actual: WireResponse): boolean {
  const mode = step.compare ?? "full";
  if (mode === "none") return true;
  if (mode === "status") return outcome(expected) === outcome(actual);
  return isDeepStrictEqual(expected, actual);
}

/**
 * Sends every step to DynamoDB Local and to a fresh engine. Set-up steps default to `status`
 * comparison and the last step to `full`; on a case with a deviation, the last step's expected
 * answer is DynamoDB's recorded one instead of DynamoDB Local's.
 */
export async function runCase(endpoint: string, engine: EngineLike, diffCase: DiffCase): Promise<CaseResult> {
  const result: CaseResult = {};
  const last = diffCase.steps.length - 1;
  for (const [index, rawStep] of diffCase.steps.entries()) {
    const step: Step = { ...rawStep, compare: rawStep.compare ?? (index === last ? "full" : "status") };
    const local = normalise(await sendToEndpoint(endpoint, step.op, step.body), step.unordered);
    const mine = normalise(sendToEngine(engine, step.op, step.body), step.unordered);
    let expected = local;
    if (index === last && diffCase.deviation) {
      const recordedLocal = normalise(diffCase.deviation.local, step.unordered);
      if (!isDeepStrictEqual(recordedLocal, local))
        result.staleDeviation = { recorded: recordedLocal, actual: local };
      expected = normalise(diffCase.deviation.dynamodb, step.unordered);
    }
    if (!result.engineMismatch && !agree(step, expected, mine)) {
      result.engineMismatch = { step: index, op: step.op, request: step.body, expected, engine: mine };
    }
  }
  return result;
}
