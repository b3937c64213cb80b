// Placeholder until the operation lands; the registry needs every name to exist.
import type { OperationHandler } from "../operation.js";

export const updateItem: OperationHandler = () => {
  throw new Error("UpdateItem is not implemented yet");
};
