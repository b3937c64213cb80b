import { ValidationException } from "../errors/index.js";

/** PutItem and DeleteItem can only hand back the old item. */
export function checkOldOnlyReturnValues(returnValues: unknown): void {
  if (returnValues !== undefined && returnValues !== "NONE" && returnValues !== "ALL_OLD") {
    throw new ValidationException("Return values set to invalid value");
  }
}
