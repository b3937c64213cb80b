import { defineDifferentialSuite } from "../harness/suite.js";
import { scanCases } from "./scan-and-indexes.js";

defineDifferentialSuite(scanCases);
