// Placeholder until the operation lands; the registry needs every name to exist.
import type { OperationHandler } from "../operation.js";

export const describeEndpoints: OperationHandler = () => {
  throw new Error("DescribeEndpoints is not implemented yet");
};
