import { describe, expect, it } from "vitest";
import { sampleEntry, sampleSource } from "../testing/sample-entry.js";
import { GENERATED_NOTICE, keyConditionText, renderEntryReadme } from "./render-readme.js";

const readme = renderEntryReadme(
  sampleEntry,
  (file) => {
    if (file !== "orders.ts") throw new Error(`unexpected file ${file}`);
    return sampleSource;
  },
  [
    { name: "01-place-and-read", description: "Place an order and read it back." },
    { name: "02-pipes", description: "A | in a description stays inside its cell." },
    { name: "03-faults", description: "Retries.", inProcessOnly: "its fault switch is the engine's." },
  ],
);

function section(title: string): string {
  const start = readme.indexOf(`## ${title}\n`);
  const end = readme.indexOf("\n## ", start + 1);
  return readme.slice(start, end === -1 ? undefined : end).trim();
}

describe("renderEntryReadme", () => {
  it("puts the parts in the catalog's order", () => {
    const headings = readme.split("\n").filter((line) => /^#{1,2} /.test(line));
    expect(headings).toEqual([
      "# Sample orders",
      "## The problem",
      "## Access patterns",
      "## Table design",
      "## Example items",
      "## Query examples",
      "## Rationale and trade-offs",
      "## Run it",
    ]);
    expect(
      readme.startsWith(
        `${GENERATED_NOTICE}\n\n# Sample orders\n\n## The problem\n\nShow a customer's orders.\n`,
      ),
    ).toBe(true);
  });

  it("tabulates access patterns with key conditions rendered from templates", () => {
    expect(section("Access patterns")).toBe(
      [
        "## Access patterns",
        "",
        "| Access pattern | Operation | Table / index | Key condition | Filter |",
        "| --- | --- | --- | --- | --- |",
        "| A customer's orders, newest first (`getCustomerOrders`) | Query | SampleOrders | `PK = CUSTOMER#{customerId} AND begins_with(SK, ORDER#)` (descending) |  |",
        "| Open orders, oldest first (`getOpenOrders`) | Query | SampleOrders / ByStatus | `GSI1PK = STATUS#OPEN` | `total > :min` |",
        "| Count a visit (`incrementCounter`) | UpdateItem | SampleCounters | `counter = {counter}` |  |",
      ].join("\n"),
    );
  });

  it("shows each entity's key templates and each index", () => {
    const design = section("Table design");
    expect(design).toContain(
      "### Table `SampleOrders`\n\npartition key `PK` (S) · sort key `SK` (S) · on-demand (PAY_PER_REQUEST) · TTL on `expiresAt` · stream NEW_AND_OLD_IMAGES",
    );
    expect(design).toContain(
      [
        "| Entity | `PK` | `SK` | `GSI1PK` | `GSI1SK` | `total` |",
        "| --- | --- | --- | --- | --- | --- |",
        "| Customer | `CUSTOMER#{customerId}` | `PROFILE` | — | — | — |",
        "| Order | `CUSTOMER#{customerId}` | `ORDER#{createdAt}` | `STATUS#{openStatus}` | `{createdAt}` | — |",
      ].join("\n"),
    );
    expect(design).toContain(
      "| `ByStatus` | global | `GSI1PK` (S) | `GSI1SK` (S) | INCLUDE `total` | Open orders across customers, oldest first. |\n" +
        "| `ByTotal` | local | `PK` (S) | `total` (N) | KEYS_ONLY |  |",
    );
    expect(design).toContain(
      "### Table `SampleCounters`\n\npartition key `counter` (S) · provisioned 2 RCU / 1 WCU",
    );
  });

  it("lists example items as stored, sets and numbers rendered compactly", () => {
    expect(section("Example items")).toContain(
      [
        "| (entity) | `PK` | `SK` | `GSI1PK` | `GSI1SK` | `total` | `customerId` | `name` | `createdAt` | `openStatus` | `tags` |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        "| Customer | CUSTOMER#c1 | PROFILE |  |  |  | c1 | Ada |  |  |  |",
        '| Order | CUSTOMER#c1 | ORDER#2026-01-02 | STATUS#OPEN | 2026-01-02 | 30 | c1 |  | 2026-01-02 | OPEN | SS{"gift"} |',
        "| Order | CUSTOMER#c1 | ORDER#2026-01-05 |  | 2026-01-05 | 12.5 | c1 |  | 2026-01-05 |  |  |",
      ].join("\n"),
    );
  });

  it("shows the named code region from the tested source", () => {
    expect(section("Query examples")).toBe(
      [
        "## Query examples",
        "",
        "### A customer's orders",
        "",
        "Newest first.",
        "",
        "From [`orders.ts`](orders.ts):",
        "",
        "```ts",
        "export async function getCustomerOrders() {",
        "  return 1;",
        "}",
        "```",
      ].join("\n"),
    );
  });

  it("fails loudly when a named region is missing", () => {
    expect(() =>
      renderEntryReadme(
        { ...sampleEntry, codeExamples: [{ title: "x", file: "orders.ts", region: "gone" }] },
        () => sampleSource,
      ),
    ).toThrow("orders.ts: no '// #region gone'");
  });

  it("lists the runnable examples and says how to run them, the tests and the template", () => {
    expect(section("Run it")).toContain(
      [
        "| Example | What it shows |",
        "| --- | --- |",
        "| [`examples/01-place-and-read.ts`](examples/01-place-and-read.ts) | Place an order and read it back. |",
        "| [`examples/02-pipes.ts`](examples/02-pipes.ts) | A \\| in a description stays inside its cell. |",
      ].join("\n"),
    );
    expect(section("Run it")).toContain(
      "npx tsx catalog/basics/01-sample/examples/01-place-and-read.ts   # one example on its own",
    );
    expect(section("Run it")).toContain(
      "npm run example -- 01-sample           # every example of this entry",
    );
    expect(section("Run it")).toContain(
      "`03-faults.ts` always runs in process: its fault switch is the engine's.",
    );
    expect(section("Run it")).not.toContain("`01-place-and-read.ts` always runs in process");
    expect(section("Run it")).toContain(
      "aws cloudformation deploy --template-file catalog/basics/01-sample/template.yaml --stack-name dp-01-sample",
    );
  });
});

describe("keyConditionText", () => {
  it("renders BETWEEN and comparison conditions, and scans", () => {
    const model = sampleEntry.model;
    const base = { id: "x", name: "x", table: "SampleOrders", entities: [] };
    expect(
      keyConditionText(model, {
        ...base,
        operation: "Query",
        key: {
          partition: "CUSTOMER#{customerId}",
          sort: { operator: "BETWEEN", low: "ORDER#{from}", high: "ORDER#{to}" },
        },
      }),
    ).toBe("`PK = CUSTOMER#{customerId} AND SK BETWEEN ORDER#{from} AND ORDER#{to}`");
    expect(
      keyConditionText(model, {
        ...base,
        operation: "Query",
        index: "ByTotal",
        key: { partition: "CUSTOMER#{customerId}", sort: { operator: ">=", value: "{min}" } },
      }),
    ).toBe("`PK = CUSTOMER#{customerId} AND total >= {min}`");
    expect(keyConditionText(model, { ...base, operation: "Scan" })).toBe("(whole table)");
  });
});
