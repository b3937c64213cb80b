import { defineDifferentialSuite } from "../harness/suite.js";
import { queryCases } from "./query.js";

defineDifferentialSuite(queryCases);
