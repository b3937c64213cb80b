// Placeholder until the operation lands; the registry needs every name to exist.
import type { OperationHandler } from "../operation.js";

export const describeLimits: OperationHandler = () => {
  throw new Error("DescribeLimits is not implemented yet");
};
