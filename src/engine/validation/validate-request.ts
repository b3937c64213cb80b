import { ValidationException, constraintViolations } from "../errors/index.js";
import { ViolationCollector, checkMember, checkMembers } from "./check-constraints.js";
import { checkSerialization } from "./check-serialization.js";
import { INPUT_MODELS } from "./models/index.js";
import type { OperationModel } from "./operation-model.js";

/**
 * Checks a request's shape against the operation's input model before anything else looks at it:
 * JSON types (SerializationException), required members, lengths, ranges, patterns and enums (the
 * `N validation error(s) detected: ...` family), in DynamoDB's order.
 *
 * The order is: member types for the whole request; parameters DynamoDB reports as
 * `The parameter 'X' is required ...`; non-empty members with their own message; the leading
 * members (the table name) on their own; every other member's constraints, collected together;
 * rules between members. A boolean member sent as a JSON string DynamoDB accepts ("true", "no", ...)
 * is replaced by its boolean in `input`.
 */
export function validateRequest(operation: string, input: Record<string, unknown>): void {
  const model = Object.hasOwn(INPUT_MODELS, operation) ? INPUT_MODELS[operation] : undefined;
  if (model === undefined) return;
  checkSerialization(input, model.input);
  checkRequiredParameters(model, input);
  checkNonEmpty(model, input);
  checkConstraints(model, input);
  const broken = model.crossMemberRule?.(input);
  if (broken !== undefined) throw new ValidationException(broken);
}

/** The model for an operation, if the validator knows it. */
export function inputModelOf(operation: string): OperationModel | undefined {
  return Object.hasOwn(INPUT_MODELS, operation) ? INPUT_MODELS[operation] : undefined;
}

function checkRequiredParameters(model: OperationModel, input: Record<string, unknown>): void {
  const names = model.requiredParameters;
  if (names === undefined) return;
  for (const name of names) {
    if (input[name] === undefined || input[name] === null) {
      throw new ValidationException(`The parameter '${name}' is required but was not present in the request`);
    }
  }
}

function checkNonEmpty(model: OperationModel, input: Record<string, unknown>): void {
  const rule = model.nonEmpty;
  if (rule === undefined) return;
  const value = input[rule.member];
  if (value === undefined || value === null || isEmptyObject(value))
    throw new ValidationException(rule.message);
}

function isEmptyObject(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  for (const key in value) if (Object.hasOwn(value, key)) return false;
  return true;
}

function checkConstraints(model: OperationModel, input: Record<string, unknown>): void {
  const leading = model.leadingMembers;
  if (leading !== undefined) {
    const collector = new ViolationCollector();
    for (const member of model.input.members) {
      if (leading.includes(member.name)) checkMember(member, input[member.name], undefined, collector);
    }
    if (collector.violations.length > 0) throw constraintViolations(collector.violations);
  }
  const collector = new ViolationCollector();
  checkMembers(input, model.input, undefined, collector, leading);
  if (collector.violations.length > 0) throw constraintViolations(collector.violations);
}
