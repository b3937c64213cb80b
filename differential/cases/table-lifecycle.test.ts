import { defineDifferentialSuite } from "../harness/suite.js";
import { tableLifecycleCases } from "./table-lifecycle.js";

defineDifferentialSuite(tableLifecycleCases);
