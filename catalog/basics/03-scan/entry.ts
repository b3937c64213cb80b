import type { CatalogEntry } from "../../../src/catalog/entry.js";
import { model } from "./model.js";

export const entry: CatalogEntry = {
  id: "03-scan",
  section: "basics",
  title: "Scan operations",
  summary:
    "Full, filtered, resumable and parallel scans for exports, migrations and analytics, with what they cost and why they never serve a request.",
  problem: `Some jobs really do need every item: a nightly export to a data lake, a one-off migration
that rewrites old items, a month-end report across all customers. A Query cannot do these, because a
Query needs one partition key value and these jobs have none. \`Scan\` reads the table from
beginning to end, in pages of at most 1 MB, in an order that is neither insertion order nor key
order. This entry shows a ledger of invoices read four ways: as a paged export, through a filter,
one checkpointed page at a time, and by four concurrent workers; and it upgrades old items with a
migration whose writes are guarded so that it can run while the application keeps writing.`,
  model,
  codeExamples: [
    {
      title: "Export every item, page by page",
      file: "invoice-scans.ts",
      region: "exportAllInvoices",
      description:
        "The SDK's paginator follows `LastEvaluatedKey` until it is absent; `pageSize` becomes each request's `Limit`.",
    },
    {
      title: "A filtered scan: fewer items back, same bill",
      file: "invoice-scans.ts",
      region: "scanOpenInvoices",
      description:
        "`ScannedCount` is 12 and `Count` is 5, and the capacity consumed equals the unfiltered scan's.",
    },
    {
      title: "One page and a resume cursor for a checkpointed job",
      file: "invoice-scans.ts",
      region: "scanInvoicePage",
      description:
        "The cursor is the page's `LastEvaluatedKey`, encoded; a cursor that is not a key of this table is refused before anything is sent.",
    },
    {
      title: "Parallel scan: one worker per segment, merged",
      file: "parallel-scan.ts",
      region: "parallelScanInvoices",
    },
    {
      title: "A guarded migration write",
      file: "migrate-invoices.ts",
      region: "migrateInvoice",
      description:
        "Refuses to recreate a deleted invoice and to touch one already at version 2; both refusals are reported as `skipped`.",
    },
    {
      title: "The migration driver",
      file: "migrate-invoices.ts",
      region: "migrateInvoices",
    },
  ],
  rationale: `**What a scan costs.** A scan is billed for every item it reads, not for what it returns.
Each page is sized by adding up the items read and rounding up to the next 4 KB: one read capacity
unit (RCU) per 4 KB strongly consistent, half a unit eventually consistent (the default). The twelve
invoices here weigh about 1.6 KB together, so one page costs 0.5 RCU; the same table read in pages of
five costs 1.5 RCU, because each page is rounded up on its own. At scale the numbers are what
matter: a full 1 MB page costs about 128 RCU eventually consistent (256 strongly consistent), so
exporting a 10 GB table reads 10,240 pages and consumes roughly 1.3 million RCU, whether the job
keeps every item or filters all but ten away.

**Filters and projections do not reduce cost.** \`FilterExpression\` is applied after the read, and
\`Limit\` counts items read before the filter, so a page can come back with \`Count: 0\` and a
\`LastEvaluatedKey\`. A \`ProjectionExpression\` shortens the response but not the bill. If the same
filter runs often, it is an access pattern, and it deserves a key design or an index that a Query
can use (entry 04); a sparse index of open invoices would read five items instead of twelve.

**Paging and checkpoints.** Always loop until \`LastEvaluatedKey\` is absent: a page stops at 1 MB
or at \`Limit\`, whichever comes first, and a page that stops exactly at \`Limit\` returns a key even
when nothing follows (the fourth page of the resume example is empty). Storing that key after each
page turns a long job into one that survives a restart without reading the table twice. Treat it as
opaque and validate it when it comes back from outside, as \`scanInvoicePage\` does.

**Parallel scan.** \`Segment\` and \`TotalSegments\` (1 to 1,000,000) split the key space into disjoint
parts; each worker scans its part with its own \`LastEvaluatedKey\`, and together they see every item
exactly once. Parallelism buys elapsed time, not capacity: the same items are read, every request
is billed on its own (an empty segment is still a request), and the workers draw on the table's
throughput together. Size segments so that each covers a few gigabytes at most, and on provisioned
tables leave room for the application or the scan will throttle it.

**Scans and live writes.** A scan is not a snapshot: items written during the scan may or may not be
seen. That is why the migration's write is conditional: \`attribute_exists(PK)\` stops it from
resurrecting an invoice deleted after the scan read it (an UpdateItem on a missing key creates the
item), and \`attribute_not_exists(schemaVersion)\` makes reruns harmless. Each page is migrated before
the next is requested, so memory stays bounded by one page.

**When a scan is acceptable, and when it is not.** Acceptable: exports and backups you cannot serve
with DynamoDB's own export to S3, migrations and backfills, analytics jobs off the request path,
tables known to stay tiny (configuration, a few hundred items). Not acceptable: anything that a user
waits for. A request-path scan is fast on a laptop's twelve items and then slows and grows more
expensive linearly with the table, with no error to warn you. For very large tables prefer the
managed export to S3 (it reads no table capacity) and query the export with an analytics engine.`,
};
