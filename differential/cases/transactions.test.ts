import { defineDifferentialSuite } from "../harness/suite.js";
import { transactionCases } from "./transactions.js";

defineDifferentialSuite(transactionCases);
