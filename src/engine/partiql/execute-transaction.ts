// Placeholder until the operation lands; the registry needs every name to exist.
import type { OperationHandler } from "../operation.js";

export const executeTransaction: OperationHandler = () => {
  throw new Error("ExecuteTransaction is not implemented yet");
};
