import { defineDifferentialSuite } from "../harness/suite.js";
import { createTableCases } from "./create-table.js";

defineDifferentialSuite(createTableCases);
