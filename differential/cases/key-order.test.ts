import { defineDifferentialSuite } from "../harness/suite.js";
import { keyOrderCases } from "./key-order.js";

defineDifferentialSuite(keyOrderCases);
