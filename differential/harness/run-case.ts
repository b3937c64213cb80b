import { isDeepStrictEqual } from "node:util";
import { normalise, outcome } from "./normalise.js";
import { applyQuirks, dropInheritedStream, enablesStream } from "./quirks.js";
import type { DiffCase, QuirkName, Step, WireResponse } from "./types.js";
import { engineContext, localContext, sendToEndpoint, sendToEngine, type EngineLike } from "./wire.js";

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
  /** Quirks a step names that no longer change DynamoDB Local's answer. */
  staleQuirks?: { step: number; quirks: QuirkName[] };
  engineMismatch?: EngineMismatch;
}

function agree(step: Step, expected: WireResponse, actual: WireResponse): boolean {
  const mode = step.compare ?? "full";
  if (mode === "none") return true;
  if (mode === "status") return outcome(expected) === outcome(actual);
  return isDeepStrictEqual(expected, actual);
}

export interface RunOptions {
  /** Added to reported step numbers: the count of shared fixture steps run before the case. */
  stepOffset?: number;
  /** Every step is set-up (a shared fixture): none defaults to `full` comparison. */
  setupOnly?: boolean;
}

/**
 * Sends every step to DynamoDB Local and to the engine (a fresh one unless the case reads a shared
 * fixture). Set-up steps default to `status` comparison and the last step to `full`. A step with a
 * deviation (the case-level one belongs to the last step) expects DynamoDB's recorded answer
 * instead of DynamoDB Local's; a step with quirks expects Local's answer rewritten by them. Each
 * side gets its own ARNs and captured values.
 */
export async function runCase(
  endpoint: string,
  engine: EngineLike,
  diffCase: DiffCase,
  options: RunOptions = {},
): Promise<CaseResult> {
  const result: CaseResult = {};
  const last = options.setupOnly ? -1 : diffCase.steps.length - 1;
  const offset = options.stepOffset ?? 0;
  const localSide = localContext();
  const engineSide = engineContext();
  const ownStream = enablesStream(diffCase.steps.map((s) => s.body));
  for (const [index, rawStep] of diffCase.steps.entries()) {
    const step: Step = {
      ...rawStep,
      compare: rawStep.compare ?? (index === last ? "full" : "status"),
    };
    const localRaw = await sendToEndpoint(endpoint, step.op, localSide.fill(step.body));
    const mineRaw = sendToEngine(engine, step.op, engineSide.fill(step.body));
    localSide.capture(localRaw);
    engineSide.capture(mineRaw);
    const local = normalise(ownStream ? localRaw : dropInheritedStream(localRaw), step.unordered);
    const mine = normalise(mineRaw, step.unordered);
    let expected = local;
    if (step.quirks) {
      const quirked = applyQuirks(local, step.quirks);
      if (quirked.stale.length > 0 && !result.staleQuirks)
        result.staleQuirks = { step: offset + index, quirks: quirked.stale };
      expected = quirked.response;
    }
    const deviation = index === last ? (diffCase.deviation ?? step.deviation) : step.deviation;
    if (deviation) {
      const recordedLocal = normalise(deviation.local, step.unordered);
      if (!isDeepStrictEqual(recordedLocal, local))
        result.staleDeviation = { recorded: recordedLocal, actual: local };
      expected = normalise(deviation.dynamodb, step.unordered);
    }
    if (!result.engineMismatch && !agree(step, expected, mine)) {
      result.engineMismatch = {
        step: offset + index,
        op: step.op,
        request: step.body,
        expected,
        engine: mine,
      };
    }
  }
  return result;
}
