import { defineDifferentialSuite } from "../harness/suite.js";
import { partiqlCases } from "./partiql.js";

defineDifferentialSuite(partiqlCases);
