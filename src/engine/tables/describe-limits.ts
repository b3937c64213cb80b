import type { OperationHandler } from "../operation.js";

/** The default quotas of an account in a region: what a new account gets without asking. */
export const ACCOUNT_LIMITS = {
  AccountMaxReadCapacityUnits: 80000,
  AccountMaxWriteCapacityUnits: 80000,
  TableMaxReadCapacityUnits: 40000,
  TableMaxWriteCapacityUnits: 40000,
} as const;

export const describeLimits: OperationHandler = () => ({ ...ACCOUNT_LIMITS });
