// Placeholder until the operation lands; the registry needs every name to exist.
import type { OperationHandler } from "../operation.js";

export const describeTimeToLive: OperationHandler = () => {
  throw new Error("DescribeTimeToLive is not implemented yet");
};
