// Placeholder until the operation lands; the registry needs every name to exist.
import type { OperationHandler } from "../operation.js";

export const scan: OperationHandler = () => {
  throw new Error("Scan is not implemented yet");
};
