import { defineDifferentialSuite } from "../harness/suite.js";
import { createTableCases } from "./create-table.js";
import { tableLifecycleCases } from "./table-lifecycle.js";

// One file, so that one DynamoDB Local serves both control-plane groups.
defineDifferentialSuite(createTableCases);
defineDifferentialSuite(tableLifecycleCases);
