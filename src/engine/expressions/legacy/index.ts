/**
 * The legacy (pre-expression) request parameters, translated into the expression syntax tree so
 * one evaluator serves both. Operations call, in this order:
 *
 * 1. `checkParameterMixing(operation, input)` before anything else looks at either family;
 * 2. the converters for the legacy members the request carries (each checks its member the way
 *    DynamoDB does and throws its exception and exact message):
 *    - `convertExpected({ Expected, ConditionalOperator })` → LegacyCondition | undefined
 *    - `convertAttributeUpdates({ AttributeUpdates }, keySchema)` → LegacyUpdate
 *    - `convertAttributesToGet({ AttributesToGet }, operation)` → ProjectionNode | undefined
 *    - `convertKeyConditions({ KeyConditions }, keySchema)` → LegacyCondition (before QueryFilter)
 *    - `convertQueryFilter({ QueryFilter, ConditionalOperator }, keySchema)` → LegacyCondition | undefined
 *    - `convertScanFilter({ ScanFilter, ConditionalOperator })` → LegacyCondition | undefined
 *
 * Every converter calls `normalizeAttributeValue` on the values it carries. Names enter the tree
 * as literal top-level names (`placeholder: false`), so `a.b` is one attribute and reserved words
 * need no escaping. Values enter it as private placeholders (`:expected.0`, `:update.0`,
 * `:key.0`, `:filter.0`) returned in `values`, to bind alongside ExpressionAttributeValues.
 */
export { checkParameterMixing } from "./parameter-mixing.js";
export type { MixingOperation } from "./parameter-mixing.js";
export { convertExpected } from "./expected.js";
export { convertAttributeUpdates } from "./attribute-updates.js";
export type { LegacyUpdate } from "./attribute-updates.js";
export { convertAttributesToGet } from "./attributes-to-get.js";
export type { AttributesToGetOperation } from "./attributes-to-get.js";
export { convertKeyConditions } from "./key-conditions.js";
export { convertQueryFilter, convertScanFilter } from "./filters.js";
export type { LegacyCondition } from "./legacy-condition.js";
export { COMPARISON_OPERATORS } from "./comparison.js";
export type { ComparisonOperator } from "./comparison.js";
