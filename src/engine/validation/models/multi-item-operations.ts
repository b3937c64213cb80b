import type { OperationModel } from "../operation-model.js";
import { BOOLEAN, PLAIN_STRING, integer, list, map, optional, required, structure } from "../shape.js";
import {
  ATTRIBUTE_MAP,
  ATTRIBUTE_NAME_LIST,
  CLIENT_REQUEST_TOKEN,
  EXPRESSION_ATTRIBUTE_NAMES,
  EXPRESSION_ATTRIBUTE_VALUES,
  KEY,
  PARTIQL_STATEMENT,
  PREPARED_STATEMENT_PARAMETERS,
  RETURN_CONSUMED_CAPACITY_ENUM,
  RETURN_ITEM_COLLECTION_METRICS_ENUM,
  RETURN_VALUES_ON_CONDITION_CHECK_FAILURE_ENUM,
  TABLE_NAME_OR_ARN,
} from "./common-shapes.js";

/** Batch, transaction and PartiQL operations: several items or statements per request. */

const KEYS_AND_ATTRIBUTES = structure("KeysAndAttributes", [
  // DynamoDB reports this one as `Value at 'RequestItems.<table>.member.Keys'`, without the value.
  required("Keys", list(KEY, 1, 100), "unvaluedWirePath"),
  optional("AttributesToGet", ATTRIBUTE_NAME_LIST),
  optional("ConsistentRead", BOOLEAN),
  optional("ProjectionExpression", PLAIN_STRING),
  optional("ExpressionAttributeNames", EXPRESSION_ATTRIBUTE_NAMES),
]);

export const BATCH_GET_ITEM: OperationModel = {
  nonEmpty: {
    member: "RequestItems",
    message: "The requestItems parameter is required for BatchGetItem",
  },
  input: structure("BatchGetItemInput", [
    optional("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY_ENUM),
    required("RequestItems", map(KEYS_AND_ATTRIBUTES, { min: 1, tableNameKeys: true })),
  ]),
};

const WRITE_REQUEST = structure("WriteRequest", [
  optional("PutRequest", structure("PutRequest", [required("Item", ATTRIBUTE_MAP)])),
  optional("DeleteRequest", structure("DeleteRequest", [required("Key", KEY)])),
]);

export const BATCH_WRITE_ITEM: OperationModel = {
  nonEmpty: {
    member: "RequestItems",
    message: "The requestItems parameter is required for BatchWriteItem",
  },
  input: structure("BatchWriteItemInput", [
    optional("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY_ENUM),
    optional("ReturnItemCollectionMetrics", RETURN_ITEM_COLLECTION_METRICS_ENUM),
    required(
      "RequestItems",
      map(list(WRITE_REQUEST), { min: 1, tableNameKeys: true, valueLength: { min: 1, max: 25 } }),
    ),
  ]),
};

const GET = structure("Get", [
  required("Key", KEY),
  required("TableName", TABLE_NAME_OR_ARN),
  optional("ProjectionExpression", PLAIN_STRING),
  optional("ExpressionAttributeNames", EXPRESSION_ATTRIBUTE_NAMES),
]);

export const TRANSACT_GET_ITEMS: OperationModel = {
  input: structure("TransactGetItemsInput", [
    required("TransactItems", list(structure("TransactGetItem", [required("Get", GET)]), 1, 100)),
    optional("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY_ENUM),
  ]),
};

const CONDITIONAL_WRITE_TAIL = [
  optional("ExpressionAttributeNames", EXPRESSION_ATTRIBUTE_NAMES),
  optional("ExpressionAttributeValues", EXPRESSION_ATTRIBUTE_VALUES),
  optional("ReturnValuesOnConditionCheckFailure", RETURN_VALUES_ON_CONDITION_CHECK_FAILURE_ENUM),
];

const TRANSACT_WRITE_ITEM = structure("TransactWriteItem", [
  optional(
    "ConditionCheck",
    structure("ConditionCheck", [
      required("Key", KEY),
      required("TableName", TABLE_NAME_OR_ARN),
      required("ConditionExpression", PLAIN_STRING),
      ...CONDITIONAL_WRITE_TAIL,
    ]),
  ),
  optional(
    "Put",
    structure("Put", [
      required("Item", ATTRIBUTE_MAP),
      required("TableName", TABLE_NAME_OR_ARN),
      optional("ConditionExpression", PLAIN_STRING),
      ...CONDITIONAL_WRITE_TAIL,
    ]),
  ),
  optional(
    "Delete",
    structure("Delete", [
      required("Key", KEY),
      required("TableName", TABLE_NAME_OR_ARN),
      optional("ConditionExpression", PLAIN_STRING),
      ...CONDITIONAL_WRITE_TAIL,
    ]),
  ),
  optional(
    "Update",
    structure("Update", [
      required("Key", KEY),
      required("UpdateExpression", PLAIN_STRING),
      required("TableName", TABLE_NAME_OR_ARN),
      optional("ConditionExpression", PLAIN_STRING),
      ...CONDITIONAL_WRITE_TAIL,
    ]),
  ),
]);

export const TRANSACT_WRITE_ITEMS: OperationModel = {
  input: structure("TransactWriteItemsInput", [
    required("TransactItems", list(TRANSACT_WRITE_ITEM, 1, 100)),
    optional("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY_ENUM),
    optional("ReturnItemCollectionMetrics", RETURN_ITEM_COLLECTION_METRICS_ENUM),
    optional("ClientRequestToken", CLIENT_REQUEST_TOKEN),
  ]),
};

export const EXECUTE_STATEMENT: OperationModel = {
  input: structure("ExecuteStatementInput", [
    required("Statement", PARTIQL_STATEMENT),
    optional("Parameters", PREPARED_STATEMENT_PARAMETERS),
    optional("ConsistentRead", BOOLEAN),
    optional("NextToken", { kind: "string", min: 1, max: 32768 }),
    optional("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY_ENUM),
    optional("Limit", integer(1)),
    optional("ReturnValuesOnConditionCheckFailure", RETURN_VALUES_ON_CONDITION_CHECK_FAILURE_ENUM),
  ]),
};

const BATCH_STATEMENT_REQUEST = structure("BatchStatementRequest", [
  required("Statement", PARTIQL_STATEMENT),
  optional("Parameters", PREPARED_STATEMENT_PARAMETERS),
  optional("ConsistentRead", BOOLEAN),
  optional("ReturnValuesOnConditionCheckFailure", RETURN_VALUES_ON_CONDITION_CHECK_FAILURE_ENUM),
]);

export const BATCH_EXECUTE_STATEMENT: OperationModel = {
  input: structure("BatchExecuteStatementInput", [
    required("Statements", list(BATCH_STATEMENT_REQUEST, 1, 25)),
    optional("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY_ENUM),
  ]),
};

const PARAMETERIZED_STATEMENT = structure("ParameterizedStatement", [
  required("Statement", PARTIQL_STATEMENT),
  optional("Parameters", PREPARED_STATEMENT_PARAMETERS),
  optional("ReturnValuesOnConditionCheckFailure", RETURN_VALUES_ON_CONDITION_CHECK_FAILURE_ENUM),
]);

export const EXECUTE_TRANSACTION: OperationModel = {
  input: structure("ExecuteTransactionInput", [
    required("TransactStatements", list(PARAMETERIZED_STATEMENT, 1, 100)),
    optional("ClientRequestToken", CLIENT_REQUEST_TOKEN),
    optional("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY_ENUM),
  ]),
};
