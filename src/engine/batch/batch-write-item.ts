// Placeholder until the operation lands; the registry needs every name to exist.
import type { OperationHandler } from "../operation.js";

export const batchWriteItem: OperationHandler = () => {
  throw new Error("BatchWriteItem is not implemented yet");
};
