// Placeholder until the operation lands; the registry needs every name to exist.
import type { OperationHandler } from "../operation.js";

export const untagResource: OperationHandler = () => {
  throw new Error("UntagResource is not implemented yet");
};
