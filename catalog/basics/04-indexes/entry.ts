import type { CatalogEntry } from "../../../src/catalog/entry.js";
import { model } from "./model.js";

export const entry: CatalogEntry = {
  id: "04-indexes",
  section: "basics",
  title: "Secondary indexes",
  summary:
    "A global index for another access pattern, a local index for another sort order, a sparse index as a work queue, projection choices and what each costs, and living with eventually consistent global indexes.",
  problem: `A table answers one question well: the one its key was designed for. The orders of a
marketplace are stored under their customer (\`PK = CUSTOMER#<customerId>\`, \`SK = ORDER#<orderId>\`), so
"Ada's order o-1004" and "all of Ada's orders" are single requests. But the seller dashboard needs a
seller's orders, newest first; the account page wants Ada's orders by amount; and each warehouse
needs the queue of orders it still has to ship. None of these can be a Query on the table, and a
Scan with a filter would read every order of every customer to find them. Secondary indexes give
the same items other keys: DynamoDB maintains a copy of each item (or of the attributes you choose)
under the index's key, in the same write, and you Query the index instead of the table.`,
  model,
  codeExamples: [
    {
      title: "Writing an item maintains every index it belongs to",
      file: "orders.ts",
      region: "placeOrder",
      description:
        "ReturnConsumedCapacity INDEXES shows the bill per index: 1 WCU on the table and 1 on each of the three indexes.",
    },
    {
      title: "A global index for another access pattern",
      file: "index-queries.ts",
      region: "sellerOrders",
    },
    {
      title: "A local index for another sort order",
      file: "index-queries.ts",
      region: "customerOrdersByTotal",
    },
    {
      title: "A sparse, keys-only index as a work queue",
      file: "sparse-index.ts",
      region: "ordersAwaitingShipment",
    },
    {
      title: "Hydrating index keys with BatchGetItem, retrying unprocessed keys",
      file: "sparse-index.ts",
      region: "batchGetOrders",
    },
    {
      title: "Leaving a sparse index by removing its key attribute",
      file: "orders.ts",
      region: "markShipped",
      description:
        "Refuses to ship twice; the refusal carries the old item, so no second read is needed to explain it.",
    },
    {
      title: "Read-after-write through a global index",
      file: "index-consistency.ts",
      region: "waitUntilSellerIndexShows",
    },
  ],
  rationale: `**Global or local.** A global secondary index (GSI) has its own partition key and sort key,
its own partitions and its own throughput; it can be added or removed at any time (DynamoDB backfills
it from the table), and a table can have 20 of them by default. A local secondary index (LSI) keeps
the table's partition key and only changes the sort key; it must be declared when the table is
created (five at most) and can never be removed. In exchange an LSI is updated in the same write as
the item, so \`ConsistentRead: true\` works on it, and a query on an LSI may ask for attributes it does
not project (DynamoDB fetches them from the table, at extra read cost). A GSI refuses both: asking for
a consistent read is a ValidationException (\`Consistent reads are not supported on global secondary
indexes\`), and so is \`Select: ALL_ATTRIBUTES\` on a GSI that does not project everything.

**The 10 GB limit of local indexes.** With an LSI, every item sharing a partition key value, plus all
their LSI entries, form an item collection that may not exceed 10 GB; a write that would pass it is
refused with ItemCollectionSizeLimitExceededException. That is why \`placeOrder\` asks for
\`ReturnItemCollectionMetrics: SIZE\` (\`SizeEstimateRangeGB\`, here \`[0, 1]\`): alarm long before 10.
Use an LSI only when one partition key value can never grow that large (a customer's orders, yes; a
tenant's event log, no). A table without LSIs has no such limit.

**What indexes cost on writes.** Every write is repeated in each index whose entry it creates,
changes or deletes, each billed like a table write on the size of the index entry: placing a
200-byte order here costs 4 WCU instead of 1 (table, BySeller, AwaitingShipment, ByTotal). Shipping
it also costs 4: status is projected into BySeller, the AwaitingShipment entry is deleted, and ByTotal
projects everything. An update that touches only unprojected attributes costs nothing in that index;
one that changes an index key costs 2 there (delete plus insert). On provisioned tables, a GSI short
of write capacity throttles writes to the table itself, so give each GSI at least the table's write
capacity.

**Projections: storage against reads.** Each index entry stores the table key, the index key and the
projected attributes, plus about 100 bytes of overhead.
- \`KEYS_ONLY\` (AwaitingShipment) is the smallest and cheapest to write, and changes to other
  attributes never touch it; reading whole items then costs a second request. Here the queue query
  reads four keys for 0.5 RCU, and BatchGetItem reads the four orders for 4 RCU, since each item is
  rounded up to 4 KB on its own (1 RCU strongly consistent, 0.5 eventually consistent).
- \`INCLUDE\` (BySeller) stores exactly what the screen shows: the dashboard is one Query, and the
  order lines, which can be large, stay out of the index.
- \`ALL\` (ByTotal) doubles the storage and write cost of every item in the index but answers any read
  from the index alone.
Choose KEYS_ONLY when the index is read rarely or only to find keys, INCLUDE when a known screen reads
a few small attributes, ALL when the index is read about as often as the table. Up to 100 non-key
attributes can be projected across all of a table's indexes.

**Sparse indexes.** An item appears in an index only if it has the index's key attributes (with the
declared types; a wrong type is refused on write). Orders carry \`awaitingShipmentFrom\` only while
they wait to ship, so AwaitingShipment holds four entries where the table holds eight, and its size
follows the backlog, not the order history. Removing the attribute (\`markShipped\`) removes the entry
in the same write; the item stays in the table and in the other indexes. A sparse index is the
DynamoDB form of \`CREATE INDEX ... WHERE status = 'PLACED'\`. Its partition key should spread the
load: one warehouse id takes the writes of one warehouse, fine here; one constant like \`PENDING\` for
all orders of a busy shop would concentrate them on one partition of the index.

**Eventual consistency of global indexes.** DynamoDB acknowledges a write once the table has it and
propagates it to each GSI afterwards, usually within a fraction of a second and with no promised
bound (a throttled index lags longer). The in-process engine of this project updates indexes
synchronously, so these examples never see the lag, but production code must expect it:
- never read your own write back through a GSI on a request path; return what you wrote, or read the
  table by key with \`ConsistentRead\`;
- treat index results as hints and check them against the table when acting on them:
  \`ordersAwaitingShipment\` drops entries whose order has shipped or vanished in the meantime, so no
  order is picked twice;
- where a workflow step or a test must see the index catch up, poll with backoff and a limit
  (\`waitUntilSellerIndexShows\`), never with a fixed sleep.

**When not to add an index.** If a pattern can be served by the table's own key (a better sort key,
a composite \`STATUS#DATE\` sort key), that costs nothing extra. An index read once a day by a report
costs write capacity on every write all day; a scheduled Scan or an export may be cheaper. And
every GSI is one more eventually consistent copy to reason about.`,
};
