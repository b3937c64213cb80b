// Placeholder until the operation lands; the registry needs every name to exist.
import type { OperationHandler } from "../operation.js";

export const listTables: OperationHandler = () => {
  throw new Error("ListTables is not implemented yet");
};
