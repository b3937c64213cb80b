import { GLOBAL_TABLE_SETTINGS_REPLICATION_MODE, MULTI_REGION_CONSISTENCY } from "../enums.js";
import type { OperationModel } from "../operation-model.js";
import {
  BOOLEAN,
  PLAIN_STRING,
  enumeration,
  integer,
  list,
  long,
  optional,
  required,
  string,
  structure,
} from "../shape.js";
import {
  ATTRIBUTE_DEFINITIONS,
  BILLING_MODE_ENUM,
  GLOBAL_SECONDARY_INDEX,
  GLOBAL_INDEX_KEY_SCHEMA,
  INDEX_NAME,
  KEY_SCHEMA,
  LOCAL_SECONDARY_INDEX,
  ON_DEMAND_THROUGHPUT,
  PROJECTION,
  PROVISIONED_THROUGHPUT,
  SSE_SPECIFICATION,
  STREAM_SPECIFICATION,
  TABLE_CLASS_ENUM,
  TABLE_NAME,
  TABLE_NAME_OR_ARN,
  TAG_LIST,
  WARM_THROUGHPUT,
} from "./common-shapes.js";

/**
 * Control-plane operations. A missing TableName here is reported as `The parameter 'TableName' is
 * required but was not present in the request`, not with the coral `Member must not be null`.
 */

const TABLE_NAME_REQUIRED = ["TableName"] as const;

/** DescribeTable, DeleteTable and the other operations whose only input is the table. */
function tableOnly(inputName: string): OperationModel {
  return {
    requiredParameters: TABLE_NAME_REQUIRED,
    leadingMembers: TABLE_NAME_REQUIRED,
    input: structure(inputName, [required("TableName", TABLE_NAME_OR_ARN)]),
  };
}

export const CREATE_TABLE: OperationModel = {
  requiredParameters: TABLE_NAME_REQUIRED,
  leadingMembers: TABLE_NAME_REQUIRED,
  input: structure("CreateTableInput", [
    required("AttributeDefinitions", ATTRIBUTE_DEFINITIONS),
    required("TableName", TABLE_NAME_OR_ARN),
    optional("BillingMode", BILLING_MODE_ENUM),
    optional("ProvisionedThroughput", PROVISIONED_THROUGHPUT),
    required("KeySchema", KEY_SCHEMA),
    optional("LocalSecondaryIndexes", list(LOCAL_SECONDARY_INDEX)),
    optional("GlobalSecondaryIndexes", list(GLOBAL_SECONDARY_INDEX)),
    optional("StreamSpecification", STREAM_SPECIFICATION),
    optional("SSESpecification", SSE_SPECIFICATION),
    optional("Tags", TAG_LIST),
    optional("TableClass", TABLE_CLASS_ENUM),
    optional("DeletionProtectionEnabled", BOOLEAN),
    optional("WarmThroughput", WARM_THROUGHPUT),
    optional("ResourcePolicy", PLAIN_STRING),
    optional("OnDemandThroughput", ON_DEMAND_THROUGHPUT),
    optional("GlobalTableSourceArn", TABLE_NAME_OR_ARN),
    optional("GlobalTableSettingsReplicationMode", enumeration(GLOBAL_TABLE_SETTINGS_REPLICATION_MODE)),
  ]),
};

const GLOBAL_SECONDARY_INDEX_UPDATE = structure("GlobalSecondaryIndexUpdate", [
  optional(
    "Update",
    structure("UpdateGlobalSecondaryIndexAction", [
      required("IndexName", INDEX_NAME),
      optional("ProvisionedThroughput", PROVISIONED_THROUGHPUT),
      optional("OnDemandThroughput", ON_DEMAND_THROUGHPUT),
      optional("WarmThroughput", WARM_THROUGHPUT),
    ]),
  ),
  optional(
    "Create",
    structure("CreateGlobalSecondaryIndexAction", [
      required("IndexName", INDEX_NAME),
      required("KeySchema", GLOBAL_INDEX_KEY_SCHEMA),
      required("Projection", PROJECTION),
      optional("ProvisionedThroughput", PROVISIONED_THROUGHPUT),
      optional("OnDemandThroughput", ON_DEMAND_THROUGHPUT),
      optional("WarmThroughput", WARM_THROUGHPUT),
    ]),
  ),
  optional("Delete", structure("DeleteGlobalSecondaryIndexAction", [required("IndexName", INDEX_NAME)])),
]);

const REPLICA_GLOBAL_SECONDARY_INDEX = structure("ReplicaGlobalSecondaryIndex", [
  required("IndexName", INDEX_NAME),
  optional(
    "ProvisionedThroughputOverride",
    structure("ProvisionedThroughputOverride", [optional("ReadCapacityUnits", long(1))]),
  ),
  optional(
    "OnDemandThroughputOverride",
    structure("OnDemandThroughputOverride", [optional("MaxReadRequestUnits", long())]),
  ),
]);

function replicaMemberAction(name: string): ReturnType<typeof structure> {
  return structure(name, [
    required("RegionName", PLAIN_STRING),
    optional("KMSMasterKeyId", PLAIN_STRING),
    optional(
      "ProvisionedThroughputOverride",
      structure("ProvisionedThroughputOverride", [optional("ReadCapacityUnits", long(1))]),
    ),
    optional(
      "OnDemandThroughputOverride",
      structure("OnDemandThroughputOverride", [optional("MaxReadRequestUnits", long())]),
    ),
    optional("GlobalSecondaryIndexes", list(REPLICA_GLOBAL_SECONDARY_INDEX, 1)),
    optional("TableClassOverride", TABLE_CLASS_ENUM),
  ]);
}

const REPLICATION_GROUP_UPDATE = structure("ReplicationGroupUpdate", [
  optional("Create", replicaMemberAction("CreateReplicationGroupMemberAction")),
  optional("Update", replicaMemberAction("UpdateReplicationGroupMemberAction")),
  optional("Delete", structure("DeleteReplicationGroupMemberAction", [required("RegionName", PLAIN_STRING)])),
]);

const WITNESS_GROUP_UPDATE = structure("GlobalTableWitnessGroupUpdate", [
  optional(
    "Create",
    structure("CreateGlobalTableWitnessGroupMemberAction", [required("RegionName", PLAIN_STRING)]),
  ),
  optional(
    "Delete",
    structure("DeleteGlobalTableWitnessGroupMemberAction", [required("RegionName", PLAIN_STRING)]),
  ),
]);

export const UPDATE_TABLE: OperationModel = {
  requiredParameters: TABLE_NAME_REQUIRED,
  leadingMembers: TABLE_NAME_REQUIRED,
  input: structure("UpdateTableInput", [
    required("TableName", TABLE_NAME_OR_ARN),
    optional("ProvisionedThroughput", PROVISIONED_THROUGHPUT),
    optional("BillingMode", BILLING_MODE_ENUM),
    optional("GlobalSecondaryIndexUpdates", list(GLOBAL_SECONDARY_INDEX_UPDATE)),
    optional("AttributeDefinitions", ATTRIBUTE_DEFINITIONS),
    optional("StreamSpecification", STREAM_SPECIFICATION),
    optional("SSESpecification", SSE_SPECIFICATION),
    optional("ReplicaUpdates", list(REPLICATION_GROUP_UPDATE, 1)),
    optional("TableClass", TABLE_CLASS_ENUM),
    optional("DeletionProtectionEnabled", BOOLEAN),
    optional("MultiRegionConsistency", enumeration(MULTI_REGION_CONSISTENCY)),
    optional("GlobalTableWitnessUpdates", list(WITNESS_GROUP_UPDATE, 1, 1)),
    optional("OnDemandThroughput", ON_DEMAND_THROUGHPUT),
    optional("WarmThroughput", WARM_THROUGHPUT),
    optional("GlobalTableSettingsReplicationMode", enumeration(GLOBAL_TABLE_SETTINGS_REPLICATION_MODE)),
  ]),
};

export const DESCRIBE_TABLE = tableOnly("DescribeTableInput");
export const DELETE_TABLE = tableOnly("DeleteTableInput");
export const DESCRIBE_TIME_TO_LIVE = tableOnly("DescribeTimeToLiveInput");
export const DESCRIBE_CONTINUOUS_BACKUPS = tableOnly("DescribeContinuousBackupsInput");

export const UPDATE_TIME_TO_LIVE: OperationModel = {
  requiredParameters: TABLE_NAME_REQUIRED,
  leadingMembers: TABLE_NAME_REQUIRED,
  input: structure("UpdateTimeToLiveInput", [
    required("TableName", TABLE_NAME_OR_ARN),
    required(
      "TimeToLiveSpecification",
      structure("TimeToLiveSpecification", [
        required("Enabled", BOOLEAN),
        required("AttributeName", string({ min: 1, max: 255 })),
      ]),
    ),
  ]),
};

export const LIST_TABLES: OperationModel = {
  input: structure("ListTablesInput", [
    optional("Limit", integer(1, 100)),
    optional("ExclusiveStartTableName", TABLE_NAME),
  ]),
};

const RESOURCE_ARN = string({ min: 1, max: 1283 });
const TAG_KEY = string({ min: 1, max: 128 });

export const TAG_RESOURCE: OperationModel = {
  input: structure("TagResourceInput", [required("ResourceArn", RESOURCE_ARN), required("Tags", TAG_LIST)]),
};

export const UNTAG_RESOURCE: OperationModel = {
  input: structure("UntagResourceInput", [
    required("ResourceArn", RESOURCE_ARN),
    required("TagKeys", list(TAG_KEY)),
  ]),
};

export const LIST_TAGS_OF_RESOURCE: OperationModel = {
  input: structure("ListTagsOfResourceInput", [
    required("ResourceArn", RESOURCE_ARN),
    optional("NextToken", PLAIN_STRING),
  ]),
};

export const DESCRIBE_LIMITS: OperationModel = { input: structure("DescribeLimitsInput", []) };
export const DESCRIBE_ENDPOINTS: OperationModel = { input: structure("DescribeEndpointsRequest", []) };
