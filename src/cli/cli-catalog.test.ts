import { describe, expect, it } from "vitest";
import { catalogEntries } from "../catalog/registry.js";
import { dynamodbRequest } from "../server/raw-request.js";
import { parseServeArguments } from "./arguments.js";
import { runCli } from "./cli.js";

describe("serve --catalog (npm start)", () => {
  it("is off unless asked for", () => {
    expect(parseServeArguments([])).not.toHaveProperty("options.catalog");
    expect(parseServeArguments(["--catalog"])).toMatchObject({ options: { catalog: true } });
  });

  it("has every catalog table created and seeded by the time it says it is listening", async () => {
    let stdout = "";
    let stop!: (signal: string) => void;
    const stopped = new Promise<string>((resolve) => (stop = resolve));
    let announce!: (endpoint: string) => void;
    const listening = new Promise<string>((resolve) => (announce = resolve));
    const exit = runCli(["serve", "--port", "0", "--catalog"], {
      stdout: (text) => {
        stdout += text;
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(stdout);
        if (match) announce(match[1]!);
      },
      stderr: (text) => {
        throw new Error(`unexpected stderr: ${text}`);
      },
      stopSignal: () => stopped,
    });
    const endpoint = await listening;
    const tables = catalogEntries().flatMap((entry) => entry.model.tables.map((table) => table.name));
    const listed = await dynamodbRequest(endpoint, "DynamoDB_20120810.ListTables", "{}");
    expect(JSON.parse(listed.body)).toEqual({ TableNames: [...tables].sort() });
    expect(stdout).toMatch(new RegExp(`Loaded ${tables.length} tables? with `));
    expect(stdout).toContain(`list-tables --endpoint-url ${endpoint}\n`);
    stop("SIGTERM");
    expect(await exit).toBe(0);
  });
});
