// Placeholder until the operation lands; the registry needs every name to exist.
import type { OperationHandler } from "../operation.js";

export const updateTable: OperationHandler = () => {
  throw new Error("UpdateTable is not implemented yet");
};
