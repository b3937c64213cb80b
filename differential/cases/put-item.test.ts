import { defineDifferentialSuite } from "../harness/suite.js";
import { putItemCases } from "./put-item.js";

defineDifferentialSuite(putItemCases);
