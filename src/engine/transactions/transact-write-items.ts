// Placeholder until the operation lands; the registry needs every name to exist.
import type { OperationHandler } from "../operation.js";

export const transactWriteItems: OperationHandler = () => {
  throw new Error("TransactWriteItems is not implemented yet");
};
