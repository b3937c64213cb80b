// Placeholder until the operation lands; the registry needs every name to exist.
import type { OperationHandler } from "../operation.js";

export const putItem: OperationHandler = () => {
  throw new Error("PutItem is not implemented yet");
};
