import type { CaseGroup } from "../harness/types.js";
import { createTableCases } from "./create-table.js";

/** Every case group, for the tools that look at all cases at once. */
export const ALL_GROUPS: CaseGroup[] = [createTableCases];
