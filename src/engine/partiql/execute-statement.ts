// Placeholder until the operation lands; the registry needs every name to exist.
import type { OperationHandler } from "../operation.js";

export const executeStatement: OperationHandler = () => {
  throw new Error("ExecuteStatement is not implemented yet");
};
