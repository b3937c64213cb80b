import { defineDifferentialSuite } from "../harness/suite.js";
import { keyOrderCases } from "./key-order.js";
import { queryCases } from "./query.js";
import { indexCases, scanCases } from "./scan-and-indexes.js";

// One file, so that one DynamoDB Local serves all the read groups.
defineDifferentialSuite(queryCases);
defineDifferentialSuite(scanCases);
defineDifferentialSuite(indexCases);
defineDifferentialSuite(keyOrderCases);
