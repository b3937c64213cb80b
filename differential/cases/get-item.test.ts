import { defineDifferentialSuite } from "../harness/suite.js";
import { getItemCases } from "./get-item.js";

defineDifferentialSuite(getItemCases);
