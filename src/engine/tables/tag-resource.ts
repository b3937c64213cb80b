// Placeholder until the operation lands; the registry needs every name to exist.
import type { OperationHandler } from "../operation.js";

export const tagResource: OperationHandler = () => {
  throw new Error("TagResource is not implemented yet");
};
