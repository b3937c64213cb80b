import { defineDifferentialSuite } from "../harness/suite.js";
import { deleteItemCases } from "./delete-item.js";

defineDifferentialSuite(deleteItemCases);
