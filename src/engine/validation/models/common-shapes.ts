import {
  BILLING_MODE,
  KEY_TYPE,
  PROJECTION_TYPE,
  RETURN_CONSUMED_CAPACITY,
  RETURN_ITEM_COLLECTION_METRICS,
  RETURN_VALUE,
  RETURN_VALUES_ON_CONDITION_CHECK_FAILURE,
  SCALAR_ATTRIBUTE_TYPE,
  SSE_TYPE,
  STREAM_VIEW_TYPE,
  COMPARISON_OPERATOR,
  CONDITIONAL_OPERATOR,
  SELECT,
  TABLE_CLASS,
} from "../enums.js";
import {
  ATTRIBUTE_VALUE,
  BOOLEAN,
  PLAIN_STRING,
  enumeration,
  list,
  long,
  map,
  optional,
  pattern,
  required,
  string,
  structure,
} from "../shape.js";

/** Shapes shared by several operations, named after DynamoDB's model. */

export const NAME_PATTERN = pattern("[a-zA-Z0-9_.-]+");

export const TABLE_NAME_OR_ARN = string({ tableNameOrArn: true, min: 1, max: 1024 });
export const TABLE_NAME = string({ pattern: NAME_PATTERN, min: 3, max: 255 });
export const INDEX_NAME = string({ pattern: NAME_PATTERN, min: 3, max: 255 });

export const ATTRIBUTE_MAP = map(ATTRIBUTE_VALUE);
export const KEY = map(ATTRIBUTE_VALUE);
export const ATTRIBUTE_NAME_LIST = list(PLAIN_STRING, 1, 255);
export const EXPRESSION_ATTRIBUTE_NAMES = map(PLAIN_STRING);
export const EXPRESSION_ATTRIBUTE_VALUES = map(ATTRIBUTE_VALUE);
export const ATTRIBUTE_VALUE_LIST = list(ATTRIBUTE_VALUE);

export const SELECT_ENUM = enumeration(SELECT);
export const RETURN_VALUE_ENUM = enumeration(RETURN_VALUE);
export const RETURN_CONSUMED_CAPACITY_ENUM = enumeration(RETURN_CONSUMED_CAPACITY);
export const RETURN_ITEM_COLLECTION_METRICS_ENUM = enumeration(RETURN_ITEM_COLLECTION_METRICS);
export const RETURN_VALUES_ON_CONDITION_CHECK_FAILURE_ENUM = enumeration(
  RETURN_VALUES_ON_CONDITION_CHECK_FAILURE,
);
export const CONDITIONAL_OPERATOR_ENUM = enumeration(CONDITIONAL_OPERATOR);
export const COMPARISON_OPERATOR_ENUM = enumeration(COMPARISON_OPERATOR);
export const BILLING_MODE_ENUM = enumeration(BILLING_MODE);
export const TABLE_CLASS_ENUM = enumeration(TABLE_CLASS);

export const EXPECTED_ATTRIBUTE_VALUE = structure("ExpectedAttributeValue", [
  optional("AttributeValueList", ATTRIBUTE_VALUE_LIST),
  optional("ComparisonOperator", COMPARISON_OPERATOR_ENUM),
  optional("Exists", BOOLEAN),
  optional("Value", ATTRIBUTE_VALUE),
]);
export const EXPECTED = map(EXPECTED_ATTRIBUTE_VALUE);

export const CONDITION = structure("Condition", [
  optional("AttributeValueList", ATTRIBUTE_VALUE_LIST),
  required("ComparisonOperator", COMPARISON_OPERATOR_ENUM),
]);
export const CONDITION_MAP = map(CONDITION);

// The public model leaves the maximum off; DynamoDB enforces 2 (`Member must have length less
// than or equal to 2` at 'keySchema').
export const KEY_SCHEMA_ELEMENT = structure("KeySchemaElement", [
  required("AttributeName", string({ min: 1, max: 255 })),
  required("KeyType", enumeration(KEY_TYPE)),
]);
export const KEY_SCHEMA = list(KEY_SCHEMA_ELEMENT, 1, 2);
// A global index's key may be composed of up to four HASH and four RANGE attributes; DynamoDB
// judges those counts with its own messages, not with a length constraint.
export const GLOBAL_INDEX_KEY_SCHEMA = list(KEY_SCHEMA_ELEMENT, 1);

export const ATTRIBUTE_DEFINITION = structure("AttributeDefinition", [
  required("AttributeName", string({ min: 1, max: 255 })),
  required("AttributeType", enumeration(SCALAR_ATTRIBUTE_TYPE)),
]);
export const ATTRIBUTE_DEFINITIONS = list(ATTRIBUTE_DEFINITION);

export const PROJECTION = structure("Projection", [
  optional("ProjectionType", enumeration(PROJECTION_TYPE)),
  optional("NonKeyAttributes", list(string({ min: 1, max: 255 }), 1, 20)),
]);

export const PROVISIONED_THROUGHPUT = structure("ProvisionedThroughput", [
  required("ReadCapacityUnits", long(1)),
  required("WriteCapacityUnits", long(1)),
]);

export const ON_DEMAND_THROUGHPUT = structure("OnDemandThroughput", [
  optional("MaxReadRequestUnits", long()),
  optional("MaxWriteRequestUnits", long()),
]);

export const WARM_THROUGHPUT = structure("WarmThroughput", [
  optional("ReadUnitsPerSecond", long()),
  optional("WriteUnitsPerSecond", long()),
]);

export const STREAM_SPECIFICATION = structure("StreamSpecification", [
  required("StreamEnabled", BOOLEAN),
  optional("StreamViewType", enumeration(STREAM_VIEW_TYPE)),
]);

export const SSE_SPECIFICATION = structure("SSESpecification", [
  optional("Enabled", BOOLEAN),
  optional("SSEType", enumeration(SSE_TYPE)),
  optional("KMSMasterKeyId", PLAIN_STRING),
]);

export const TAG = structure("Tag", [
  required("Key", string({ min: 1, max: 128 })),
  required("Value", string({ min: 0, max: 256 })),
]);
export const TAG_LIST = list(TAG);

export const GLOBAL_SECONDARY_INDEX = structure("GlobalSecondaryIndex", [
  required("IndexName", INDEX_NAME),
  required("KeySchema", GLOBAL_INDEX_KEY_SCHEMA),
  required("Projection", PROJECTION),
  optional("ProvisionedThroughput", PROVISIONED_THROUGHPUT),
  optional("OnDemandThroughput", ON_DEMAND_THROUGHPUT),
  optional("WarmThroughput", WARM_THROUGHPUT),
]);

export const LOCAL_SECONDARY_INDEX = structure("LocalSecondaryIndex", [
  required("IndexName", INDEX_NAME),
  required("KeySchema", KEY_SCHEMA),
  required("Projection", PROJECTION),
]);

export const PARTIQL_STATEMENT = string({ min: 1, max: 8192 });
export const PREPARED_STATEMENT_PARAMETERS = list(ATTRIBUTE_VALUE, 1);
export const CLIENT_REQUEST_TOKEN = string({ min: 1, max: 36 });
