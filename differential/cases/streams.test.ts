import { defineDifferentialSuite } from "../harness/suite.js";
import { streamCases } from "./ttl-and-streams.js";

defineDifferentialSuite(streamCases);
