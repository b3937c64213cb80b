import { defineDifferentialSuite } from "../harness/suite.js";
import { valuesAndConditionsCases } from "./values-and-conditions.js";

defineDifferentialSuite(valuesAndConditionsCases);
