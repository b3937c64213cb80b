import { defineDifferentialSuite } from "../harness/suite.js";
import { ttlCases } from "./ttl-and-streams.js";

defineDifferentialSuite(ttlCases);
