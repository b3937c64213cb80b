// Placeholder until the operation lands; the registry needs every name to exist.
import type { OperationHandler } from "../operation.js";

export const getItem: OperationHandler = () => {
  throw new Error("GetItem is not implemented yet");
};
