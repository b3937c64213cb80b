import type { OperationHandler } from "../operation.js";

/**
 * DynamoDB names its regional endpoint and how long clients may cache the answer. The engine has
 * no address of its own to report (adapters decide where it listens), so it answers as the
 * service does for the configured region; SDKs only consult this for endpoint discovery.
 */
export const describeEndpoints: OperationHandler = (db) => ({
  Endpoints: [{ Address: `dynamodb.${db.region}.amazonaws.com`, CachePeriodInMinutes: 1440 }],
});
