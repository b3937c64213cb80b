import type { OperationModel } from "../operation-model.js";
import { BOOLEAN, PLAIN_STRING, integer, optional, required, structure } from "../shape.js";
import {
  ATTRIBUTE_MAP,
  ATTRIBUTE_NAME_LIST,
  CONDITIONAL_OPERATOR_ENUM,
  CONDITION_MAP,
  EXPECTED,
  EXPRESSION_ATTRIBUTE_NAMES,
  EXPRESSION_ATTRIBUTE_VALUES,
  INDEX_NAME,
  KEY,
  RETURN_CONSUMED_CAPACITY_ENUM,
  RETURN_ITEM_COLLECTION_METRICS_ENUM,
  RETURN_VALUES_ON_CONDITION_CHECK_FAILURE_ENUM,
  RETURN_VALUE_ENUM,
  SELECT_ENUM,
  TABLE_NAME_OR_ARN,
} from "./common-shapes.js";
import { map, ATTRIBUTE_VALUE } from "../shape.js";

/*
 * Member order is the order DynamoDB validates (and lists violations) in, which is its internal
 * model's order rather than the API reference's. Members DynamoDB added later come last.
 */

const TABLE_NAME_FIRST = ["TableName"] as const;

const ATTRIBUTE_VALUE_UPDATE = structure("AttributeValueUpdate", [
  // DynamoDB checks Action in the operation, not as an enum constraint of the request shape.
  optional("Action", PLAIN_STRING),
  optional("Value", ATTRIBUTE_VALUE),
]);

export const PUT_ITEM: OperationModel = {
  leadingMembers: TABLE_NAME_FIRST,
  input: structure("PutItemInput", [
    optional("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY_ENUM),
    required("TableName", TABLE_NAME_OR_ARN),
    required("Item", ATTRIBUTE_MAP),
    optional("ConditionalOperator", CONDITIONAL_OPERATOR_ENUM),
    optional("Expected", EXPECTED),
    optional("ReturnValues", RETURN_VALUE_ENUM),
    optional("ReturnItemCollectionMetrics", RETURN_ITEM_COLLECTION_METRICS_ENUM),
    optional("ConditionExpression", PLAIN_STRING),
    optional("ExpressionAttributeValues", EXPRESSION_ATTRIBUTE_VALUES),
    optional("ExpressionAttributeNames", EXPRESSION_ATTRIBUTE_NAMES),
    optional("ReturnValuesOnConditionCheckFailure", RETURN_VALUES_ON_CONDITION_CHECK_FAILURE_ENUM),
  ]),
};

export const GET_ITEM: OperationModel = {
  leadingMembers: TABLE_NAME_FIRST,
  input: structure("GetItemInput", [
    optional("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY_ENUM),
    optional("AttributesToGet", ATTRIBUTE_NAME_LIST),
    required("TableName", TABLE_NAME_OR_ARN),
    required("Key", KEY),
    optional("ConsistentRead", BOOLEAN),
    optional("ProjectionExpression", PLAIN_STRING),
    optional("ExpressionAttributeNames", EXPRESSION_ATTRIBUTE_NAMES),
  ]),
};

export const UPDATE_ITEM: OperationModel = {
  leadingMembers: TABLE_NAME_FIRST,
  input: structure("UpdateItemInput", [
    optional("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY_ENUM),
    required("TableName", TABLE_NAME_OR_ARN),
    optional("ReturnItemCollectionMetrics", RETURN_ITEM_COLLECTION_METRICS_ENUM),
    optional("ReturnValues", RETURN_VALUE_ENUM),
    required("Key", KEY),
    optional("ConditionalOperator", CONDITIONAL_OPERATOR_ENUM),
    optional("Expected", EXPECTED),
    optional("AttributeUpdates", map(ATTRIBUTE_VALUE_UPDATE)),
    optional("ConditionExpression", PLAIN_STRING),
    optional("UpdateExpression", PLAIN_STRING),
    optional("ExpressionAttributeValues", EXPRESSION_ATTRIBUTE_VALUES),
    optional("ExpressionAttributeNames", EXPRESSION_ATTRIBUTE_NAMES),
    optional("ReturnValuesOnConditionCheckFailure", RETURN_VALUES_ON_CONDITION_CHECK_FAILURE_ENUM),
  ]),
};

export const DELETE_ITEM: OperationModel = {
  leadingMembers: TABLE_NAME_FIRST,
  input: structure("DeleteItemInput", [
    optional("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY_ENUM),
    required("TableName", TABLE_NAME_OR_ARN),
    optional("ReturnValues", RETURN_VALUE_ENUM),
    optional("ReturnItemCollectionMetrics", RETURN_ITEM_COLLECTION_METRICS_ENUM),
    required("Key", KEY),
    optional("ConditionalOperator", CONDITIONAL_OPERATOR_ENUM),
    optional("Expected", EXPECTED),
    optional("ConditionExpression", PLAIN_STRING),
    optional("ExpressionAttributeValues", EXPRESSION_ATTRIBUTE_VALUES),
    optional("ExpressionAttributeNames", EXPRESSION_ATTRIBUTE_NAMES),
    optional("ReturnValuesOnConditionCheckFailure", RETURN_VALUES_ON_CONDITION_CHECK_FAILURE_ENUM),
  ]),
};

export const QUERY: OperationModel = {
  leadingMembers: TABLE_NAME_FIRST,
  input: structure("QueryInput", [
    optional("Select", SELECT_ENUM),
    optional("IndexName", INDEX_NAME),
    optional("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY_ENUM),
    optional("QueryFilter", CONDITION_MAP),
    required("TableName", TABLE_NAME_OR_ARN),
    optional("ConditionalOperator", CONDITIONAL_OPERATOR_ENUM),
    optional("AttributesToGet", ATTRIBUTE_NAME_LIST),
    // DynamoDB reports Query's Limit as `Value at 'Limit' ...`, unlike Scan's `Value '0' at 'limit'`.
    optional("Limit", integer(1), "unvaluedWirePath"),
    optional("KeyConditions", CONDITION_MAP),
    optional("ExclusiveStartKey", KEY),
    optional("ConsistentRead", BOOLEAN),
    optional("ScanIndexForward", BOOLEAN),
    optional("KeyConditionExpression", PLAIN_STRING),
    optional("FilterExpression", PLAIN_STRING),
    optional("ProjectionExpression", PLAIN_STRING),
    optional("ExpressionAttributeValues", EXPRESSION_ATTRIBUTE_VALUES),
    optional("ExpressionAttributeNames", EXPRESSION_ATTRIBUTE_NAMES),
  ]),
};

export const SCAN: OperationModel = {
  leadingMembers: TABLE_NAME_FIRST,
  input: structure("ScanInput", [
    optional("Select", SELECT_ENUM),
    optional("IndexName", INDEX_NAME),
    optional("TotalSegments", integer(1, 1000000)),
    optional("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY_ENUM),
    required("TableName", TABLE_NAME_OR_ARN),
    optional("ConditionalOperator", CONDITIONAL_OPERATOR_ENUM),
    optional("ScanFilter", CONDITION_MAP),
    optional("Segment", integer(0, 999999)),
    optional("Limit", integer(1)),
    optional("AttributesToGet", ATTRIBUTE_NAME_LIST),
    optional("ExclusiveStartKey", KEY),
    optional("FilterExpression", PLAIN_STRING),
    optional("ProjectionExpression", PLAIN_STRING),
    optional("ExpressionAttributeValues", EXPRESSION_ATTRIBUTE_VALUES),
    optional("ExpressionAttributeNames", EXPRESSION_ATTRIBUTE_NAMES),
    optional("ConsistentRead", BOOLEAN),
  ]),
  crossMemberRule: scanSegmentRule,
};

/** Parallel-scan members must come together, with Segment below TotalSegments. */
function scanSegmentRule(input: Record<string, unknown>): string | undefined {
  const segment = input.Segment;
  const totalSegments = input.TotalSegments;
  const hasSegment = segment !== undefined && segment !== null;
  const hasTotal = totalSegments !== undefined && totalSegments !== null;
  if (hasSegment && !hasTotal) {
    return "The TotalSegments parameter is required but was not present in the request when Segment parameter is present";
  }
  if (hasTotal && !hasSegment) {
    return "The Segment parameter is required but was not present in the request when parameter TotalSegments is present";
  }
  if (hasSegment && hasTotal && (segment as number) >= (totalSegments as number)) {
    return (
      "The Segment parameter is zero-based and must be less than parameter TotalSegments: " +
      `Segment: ${String(segment)} is not less than TotalSegments: ${String(totalSegments)}`
    );
  }
  return undefined;
}
