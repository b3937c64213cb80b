// Placeholder until the operation lands; the registry needs every name to exist.
import type { OperationHandler } from "../operation.js";

export const batchGetItem: OperationHandler = () => {
  throw new Error("BatchGetItem is not implemented yet");
};
