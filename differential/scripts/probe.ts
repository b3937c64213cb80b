/**
 * Shows what DynamoDB Local answers to each case's request under test, without the engine:
 * `npx tsx differential/scripts/probe.ts [group-title-substring] [case-name-substring]`.
 * Used to write and review cases; set DYNAMODB_LOCAL_ENDPOINT to reuse a running server.
 */
import { ALL_GROUPS } from "../cases/index.js";
import { startDynamoDBLocal } from "../harness/local-server.js";
import { normalise } from "../harness/normalise.js";
import { deleteAllTables, sendToEndpoint } from "../harness/wire.js";

const [groupFilter = "", caseFilter = ""] = process.argv.slice(2);
const external = process.env["DYNAMODB_LOCAL_ENDPOINT"];
const server = external ? { endpoint: external, stop: async () => {} } : await startDynamoDBLocal();
try {
  for (const group of ALL_GROUPS) {
    if (!group.title.toLowerCase().includes(groupFilter.toLowerCase())) continue;
    for (const diffCase of group.cases) {
      if (!diffCase.name.includes(caseFilter)) continue;
      const answers: string[] = [];
      for (const [index, step] of diffCase.steps.entries()) {
        const response = normalise(await sendToEndpoint(server.endpoint, step.op, step.body), step.unordered);
        const isLast = index === diffCase.steps.length - 1;
        if (isLast || response.status !== 200)
          answers.push(
            `${isLast ? "" : `[setup ${index}] `}${response.status} ${JSON.stringify(response.body)}`,
          );
      }
      console.log(
        `${group.title} > ${diffCase.name}${diffCase.deviation ? " (deviation)" : ""}\n  ${answers.join("\n  ")}`,
      );
      await deleteAllTables(server.endpoint);
    }
  }
} finally {
  await server.stop();
}
