import { defineDifferentialSuite } from "../harness/suite.js";
import { updateItemCases } from "./update-item.js";

defineDifferentialSuite(updateItemCases);
