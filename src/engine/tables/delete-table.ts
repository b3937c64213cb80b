// Placeholder until the operation lands; the registry needs every name to exist.
import type { OperationHandler } from "../operation.js";

export const deleteTable: OperationHandler = () => {
  throw new Error("DeleteTable is not implemented yet");
};
