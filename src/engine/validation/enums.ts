/**
 * Enum value sets, in the order DynamoDB prints them in `Member must satisfy enum value set: [...]`.
 * That order is the one of DynamoDB's internal model, not the public API reference's: where it has
 * been observed (marked "observed") it is used; the others follow the public model's order.
 */

/** Observed: `[SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]`. */
export const SELECT = ["SPECIFIC_ATTRIBUTES", "COUNT", "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES"] as const;

/** Observed: `[B, N, S]`. */
export const SCALAR_ATTRIBUTE_TYPE = ["B", "N", "S"] as const;

/** Observed: `[HASH, RANGE]`. */
export const KEY_TYPE = ["HASH", "RANGE"] as const;

/** Observed. */
export const RETURN_VALUE = ["ALL_NEW", "UPDATED_OLD", "ALL_OLD", "NONE", "UPDATED_NEW"] as const;

/** Observed. */
export const RETURN_CONSUMED_CAPACITY = ["INDEXES", "TOTAL", "NONE"] as const;

/** Observed. */
export const RETURN_ITEM_COLLECTION_METRICS = ["SIZE", "NONE"] as const;

/** Observed. */
export const CONDITIONAL_OPERATOR = ["OR", "AND"] as const;

/** Observed. */
export const COMPARISON_OPERATOR = [
  "IN",
  "NULL",
  "BETWEEN",
  "LT",
  "NOT_CONTAINS",
  "EQ",
  "GT",
  "NOT_NULL",
  "NE",
  "LE",
  "BEGINS_WITH",
  "GE",
  "CONTAINS",
] as const;

/** Observed. */
export const PROJECTION_TYPE = ["ALL", "INCLUDE", "KEYS_ONLY"] as const;

/** Observed. */
export const BILLING_MODE = ["PROVISIONED", "PAY_PER_REQUEST"] as const;

export const RETURN_VALUES_ON_CONDITION_CHECK_FAILURE = ["ALL_OLD", "NONE"] as const;

export const STREAM_VIEW_TYPE = ["NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY"] as const;

export const SSE_TYPE = ["AES256", "KMS"] as const;

export const TABLE_CLASS = ["STANDARD", "STANDARD_INFREQUENT_ACCESS"] as const;

export const MULTI_REGION_CONSISTENCY = ["EVENTUAL", "STRONG"] as const;

export const GLOBAL_TABLE_SETTINGS_REPLICATION_MODE = [
  "ENABLED",
  "DISABLED",
  "ENABLED_WITH_OVERRIDES",
] as const;
