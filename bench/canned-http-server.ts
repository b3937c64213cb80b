import { readFileSync } from "node:fs";
import { CannedResponses, serverEndpoint, startCannedHttpServer } from "./canned.js";

/**
 * Child-process entry of the HTTP ceiling: `node --import tsx bench/canned-http-server.ts FILE`
 * serves the canned responses saved in FILE and prints its endpoint, as the CLI server does.
 */
const file = process.argv[2];
if (file === undefined) {
  process.stderr.write("usage: canned-http-server.ts RESPONSES.json\n");
  process.exit(2);
}
const responses = CannedResponses.deserialize(JSON.parse(readFileSync(file, "utf8")));
const server = await startCannedHttpServer(responses);
process.stdout.write(`canned responses listening on ${serverEndpoint(server)}\n`);
const stop = () => server.close(() => process.exit(0));
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
