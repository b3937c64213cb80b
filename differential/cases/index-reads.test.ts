import { defineDifferentialSuite } from "../harness/suite.js";
import { indexCases } from "./scan-and-indexes.js";

defineDifferentialSuite(indexCases);
