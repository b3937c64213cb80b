// Placeholder until the operation lands; the registry needs every name to exist.
import type { OperationHandler } from "../operation.js";

export const updateTimeToLive: OperationHandler = () => {
  throw new Error("UpdateTimeToLive is not implemented yet");
};
