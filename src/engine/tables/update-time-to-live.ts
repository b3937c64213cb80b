import { ValidationException } from "../errors/index.js";
import type { OperationHandler } from "../operation.js";
import { requireControlTable } from "./table-errors.js";

/** DynamoDB allows one enable or disable per table within this window. */
export const TTL_CHANGE_INTERVAL_MS = 60 * 60 * 1000;

interface TimeToLiveSpecificationInput {
  Enabled: boolean;
  AttributeName: string;
}

export const updateTimeToLive: OperationHandler = (db, input) => {
  const table = requireControlTable(db, input.TableName as string);
  const spec = input.TimeToLiveSpecification as TimeToLiveSpecificationInput;
  const ttl = table.timeToLive;
  const enabled = ttl.status === "ENABLED" || ttl.status === "ENABLING";
  if (spec.Enabled && enabled) {
    if (ttl.attributeName !== spec.AttributeName) {
      throw new ValidationException(
        `TimeToLive is active on a different AttributeName: current AttributeName is ${ttl.attributeName}`,
      );
    }
    throw new ValidationException("TimeToLive is already enabled");
  }
  if (!spec.Enabled && !enabled) throw new ValidationException("TimeToLive is already disabled");
  if (!spec.Enabled && ttl.attributeName !== spec.AttributeName) {
    throw new ValidationException(
      `TimeToLive is active on a different AttributeName: current AttributeName is ${ttl.attributeName}`,
    );
  }
  const now = db.clock();
  if (ttl.lastChangedAt !== undefined && now - ttl.lastChangedAt < TTL_CHANGE_INTERVAL_MS) {
    throw new ValidationException("Time to live has been modified multiple times within a fixed interval");
  }
  // DynamoDB passes through ENABLING/DISABLING; the engine settles at once (a reader accepts both).
  table.timeToLive = spec.Enabled
    ? { status: "ENABLED", attributeName: spec.AttributeName, lastChangedAt: now }
    : { status: "DISABLED", lastChangedAt: now };
  return { TimeToLiveSpecification: { Enabled: spec.Enabled, AttributeName: spec.AttributeName } };
};
