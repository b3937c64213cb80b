export { Engine } from "./engine.js";
export type { EngineOptions } from "./database.js";
export { DynamoDBError } from "./errors/index.js";
export type { AttributeValue, Item } from "./values/attribute-value.js";
