// Placeholder until the operation lands; the registry needs every name to exist.
import type { OperationHandler } from "../operation.js";

export const batchExecuteStatement: OperationHandler = () => {
  throw new Error("BatchExecuteStatement is not implemented yet");
};
