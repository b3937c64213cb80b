// Placeholder until the operation lands; the registry needs every name to exist.
import type { OperationHandler } from "../operation.js";

export const createTable: OperationHandler = () => {
  throw new Error("CreateTable is not implemented yet");
};
