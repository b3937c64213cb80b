// Placeholder until the operation lands; the registry needs every name to exist.
import type { OperationHandler } from "../operation.js";

export const listTagsOfResource: OperationHandler = () => {
  throw new Error("ListTagsOfResource is not implemented yet");
};
