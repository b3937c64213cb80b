import type { StructureShape } from "./shape.js";

/**
 * Everything the request validator knows about one operation. Besides the input structure, a few
 * members are checked with their own texts before the coral constraint pass, because DynamoDB
 * reports them that way.
 */
export interface OperationModel {
  readonly input: StructureShape;
  /**
   * Members whose absence is reported as `The parameter '<name>' is required but was not present
   * in the request` instead of the coral `Member must not be null`.
   */
  readonly requiredParameters?: readonly string[];
  /**
   * Members validated on their own, before every other member: when one of them fails, only its
   * violations are reported.
   */
  readonly leadingMembers?: readonly string[];
  /** A member that must be present and non-empty, with the bare message used when it is not. */
  readonly nonEmpty?: { readonly member: string; readonly message: string };
  /**
   * Rules between members that the input alone decides, run after the constraint pass. Returns the
   * message of a bare ValidationException, or undefined.
   */
  readonly crossMemberRule?: (input: Record<string, unknown>) => string | undefined;
}
