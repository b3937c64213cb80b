// Placeholder until the operation lands; the registry needs every name to exist.
import type { OperationHandler } from "../operation.js";

export const transactGetItems: OperationHandler = () => {
  throw new Error("TransactGetItems is not implemented yet");
};
