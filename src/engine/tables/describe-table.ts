// Placeholder until the operation lands; the registry needs every name to exist.
import type { OperationHandler } from "../operation.js";

export const describeTable: OperationHandler = () => {
  throw new Error("DescribeTable is not implemented yet");
};
