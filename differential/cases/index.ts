import type { CaseGroup } from "../harness/types.js";
import { createTableCases } from "./create-table.js";
import { deleteItemCases } from "./delete-item.js";
import { getItemCases } from "./get-item.js";
import { putItemCases } from "./put-item.js";
import { updateItemCases } from "./update-item.js";
import { valuesAndConditionsCases } from "./values-and-conditions.js";
import { tableLifecycleCases } from "./table-lifecycle.js";

/** Every case group, for the tools that look at all cases at once. */
export const ALL_GROUPS: CaseGroup[] = [
  createTableCases,
  tableLifecycleCases,
  putItemCases,
  getItemCases,
  deleteItemCases,
  updateItemCases,
  valuesAndConditionsCases,
];
