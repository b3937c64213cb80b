import type { IndexWriteUnits } from "../indexes/maintain-indexes.js";

/** Index units in the shape `consumedCapacity` takes. */
export function unitsFromIndexes(units: IndexWriteUnits): {
  globalIndexes?: Record<string, number>;
  localIndexes?: Record<string, number>;
} {
  const result: { globalIndexes?: Record<string, number>; localIndexes?: Record<string, number> } = {};
  if (units.global) result.globalIndexes = units.global;
  if (units.local) result.localIndexes = units.local;
  return result;
}
