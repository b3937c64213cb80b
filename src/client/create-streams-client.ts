import { DynamoDBStreamsClient, type DynamoDBStreamsClientConfig } from "@aws-sdk/client-dynamodb-streams";
import { NO_AUTH_SCHEME, type DynamoDB } from "./create-dynamodb.js";
import { InProcessRequestHandler } from "./in-process-handler.js";

/**
 * A DynamoDB Streams client that reaches the same place as `db`: the same in-process engine, the
 * same endpoint, or Amazon DynamoDB Streams, with the same region and credentials.
 *
 * @example
 * const db = createDynamoDB();
 * const streams = createDynamoDBStreamsClient(db);
 * const { Streams } = await streams.send(new ListStreamsCommand({}));
 */
export function createDynamoDBStreamsClient(
  db: DynamoDB,
  clientConfig: DynamoDBStreamsClientConfig = {},
): DynamoDBStreamsClient {
  const shared: DynamoDBStreamsClientConfig = {
    region: db.client.config.region,
    credentials: db.client.config.credentials,
  };
  if (db.engine !== undefined) {
    return new DynamoDBStreamsClient({
      ...shared,
      requestHandler: new InProcessRequestHandler(db.engine),
      httpAuthSchemes: [NO_AUTH_SCHEME] as DynamoDBStreamsClientConfig["httpAuthSchemes"],
      httpAuthSchemeProvider: () => [{ schemeId: NO_AUTH_SCHEME.schemeId }],
      maxAttempts: 1,
      ...clientConfig,
    });
  }
  if (db.endpoint !== undefined) {
    return new DynamoDBStreamsClient({ ...shared, endpoint: db.endpoint, ...clientConfig });
  }
  return new DynamoDBStreamsClient({ ...shared, ...clientConfig });
}
