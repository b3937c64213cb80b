// Placeholder until the operation lands; the registry needs every name to exist.
import type { OperationHandler } from "../operation.js";

export const query: OperationHandler = () => {
  throw new Error("Query is not implemented yet");
};
