export { DynamoDBError } from "./dynamodb-error.js";
export * from "./exceptions.js";
