// Placeholder until the operation lands; the registry needs every name to exist.
import type { OperationHandler } from "../operation.js";

export const deleteItem: OperationHandler = () => {
  throw new Error("DeleteItem is not implemented yet");
};
