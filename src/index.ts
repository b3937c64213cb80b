export {
  createDynamoDB,
  ENDPOINT_ENVIRONMENT_VARIABLE,
  LOCAL_CREDENTIALS,
} from "./client/create-dynamodb.js";
export type { CreateDynamoDBOptions, DynamoDB } from "./client/create-dynamodb.js";
export { createDynamoDBStreamsClient } from "./client/create-streams-client.js";
export { InProcessRequestHandler } from "./client/in-process-handler.js";
export { Engine } from "./engine/engine.js";
export type { EngineOptions } from "./engine/database.js";
export { DynamoDBError } from "./engine/errors/index.js";
export { startServer, createRequestListener, MAX_REQUEST_BYTES } from "./server/http-server.js";
export type { RunningServer, ServerOptions } from "./server/http-server.js";
