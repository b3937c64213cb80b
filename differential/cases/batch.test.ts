import { defineDifferentialSuite } from "../harness/suite.js";
import { batchCases } from "./batch.js";

defineDifferentialSuite(batchCases);
