import type { CatalogEntry } from "../../../src/catalog/entry.js";
import type { DataModel } from "../../../src/modeling/model.js";

export const model: DataModel = {
  tables: [
    {
      name: "OrdersAndStock",
      partitionKey: { name: "PK", type: "S" },
      sortKey: { name: "SK", type: "S" },
      billing: { mode: "PAY_PER_REQUEST" },
    },
  ],
  entities: [
    {
      name: "Customer",
      description: "Who may order; a suspended account may not.",
      table: "OrdersAndStock",
      keys: { PK: "CUSTOMER#{customerId}", SK: "PROFILE" },
      attributes: {
        customerId: { kind: "string", required: true },
        name: { kind: "string", required: true },
        accountStatus: { kind: "string", required: true, description: "ACTIVE or SUSPENDED" },
      },
      examples: [
        { customerId: "c-42", name: "Ada Park", accountStatus: "ACTIVE" },
        { customerId: "c-77", name: "Ben Ortiz", accountStatus: "SUSPENDED" },
      ],
    },
    {
      name: "Product",
      description: "A product and its stock on hand.",
      table: "OrdersAndStock",
      keys: { PK: "PRODUCT#{sku}", SK: "PRODUCT" },
      attributes: {
        sku: { kind: "string", required: true },
        name: { kind: "string", required: true },
        price: { kind: "number", required: true },
        stock: {
          kind: "number",
          required: true,
          description: "Never below 0: every decrement is conditional.",
        },
        version: {
          kind: "number",
          required: true,
          description: "Starts at 1; each edit of the product record adds 1.",
        },
      },
      examples: [
        { sku: "KB-01", name: "Mechanical keyboard", price: 89, stock: 5, version: 1 },
        { sku: "MS-02", name: "Wireless mouse", price: 25, stock: 1, version: 1 },
      ],
    },
    {
      name: "Order",
      description: "One placed order; written only together with its stock reservation.",
      table: "OrdersAndStock",
      keys: { PK: "ORDER#{orderId}", SK: "ORDER" },
      attributes: {
        orderId: { kind: "string", required: true },
        customerId: { kind: "string", required: true },
        sku: { kind: "string", required: true },
        quantity: { kind: "number", required: true },
        status: { kind: "string", required: true },
      },
      examples: [{ orderId: "o-1000", customerId: "c-42", sku: "KB-01", quantity: 1, status: "PLACED" }],
    },
  ],
  accessPatterns: [
    {
      id: "registerProduct",
      name: "Register a product, refusing a SKU that already exists",
      operation: "PutItem",
      table: "OrdersAndStock",
      entities: ["Product"],
      key: { partition: "PRODUCT#{sku}", sort: { operator: "=", value: "PRODUCT" } },
      parameters: { sku: "HS-03" },
      notes: "ConditionExpression attribute_not_exists(PK); the existing item comes back on refusal.",
    },
    {
      id: "getProduct",
      name: "Read a product and its version before editing it",
      operation: "GetItem",
      table: "OrdersAndStock",
      entities: ["Product"],
      key: { partition: "PRODUCT#{sku}", sort: { operator: "=", value: "PRODUCT" } },
      parameters: { sku: "KB-01" },
      notes: "ConsistentRead: an edit based on a stale version would be refused.",
    },
    {
      id: "updateProductPrice",
      name: "Change a product's price unless someone else changed the product first",
      operation: "UpdateItem",
      table: "OrdersAndStock",
      entities: ["Product"],
      key: { partition: "PRODUCT#{sku}", sort: { operator: "=", value: "PRODUCT" } },
      parameters: { sku: "KB-01", price: 79, expectedVersion: 1 },
      notes: "SET price = :price, version = version + :one with ConditionExpression version = :expected.",
    },
    {
      id: "placeOrder",
      name: "Place an order: active customer, stock taken, order created, all or nothing",
      operation: "TransactWriteItems",
      table: "OrdersAndStock",
      entities: ["Customer", "Product", "Order"],
      parameters: { orderId: "o-1001", customerId: "c-42", sku: "KB-01", quantity: 2 },
      notes:
        "ConditionCheck on the customer, Update of the product (stock >= :quantity), Put of the order " +
        "(attribute_not_exists); ClientRequestToken makes retries safe.",
    },
    {
      id: "getOrderWithProduct",
      name: "Read an order and its product as of one instant",
      operation: "TransactGetItems",
      table: "OrdersAndStock",
      entities: ["Order", "Product"],
      parameters: { orderId: "o-1000", sku: "KB-01" },
    },
  ],
};

export const entry: CatalogEntry = {
  id: "05-transactions-and-conditions",
  section: "basics",
  title: "Transactions and conditional writes",
  summary:
    "Optimistic locking with a version attribute, create-if-absent, an order and its stock in one transaction, idempotent retries and reading CancellationReasons.",
  problem: [
    "Two people edit the same product page; the one who saves last silently erases the other's change.",
    "A customer orders the last keyboard twice in the same second, and stock goes to -1. A network",
    "timeout makes the client retry a checkout that had in fact succeeded, and the customer is charged",
    "for two orders. In SQL these are handled with row locks, `SELECT ... FOR UPDATE` and a transaction",
    "around several statements. DynamoDB has no locks to hold across requests: it offers conditions",
    "evaluated inside each write, and transactions that apply up to 100 conditional writes as one.",
  ].join(" "),
  model,
  codeExamples: [
    {
      title: "Create only if absent",
      file: "products.ts",
      region: "registerProduct",
      description:
        "`attribute_not_exists(PK)` turns PutItem from create-or-replace into create. On refusal the existing item comes back in the exception.",
    },
    {
      title: "Optimistic concurrency with a version attribute",
      file: "products.ts",
      region: "updateProductPrice",
      description:
        "The writer sends the version it read; the update both checks and bumps it, so of two writers who read the same version only the first succeeds.",
    },
    {
      title: "An order and its stock in one transaction, safe to retry",
      file: "orders.ts",
      region: "placeOrder",
    },
    {
      title: "Which action cancelled the transaction",
      file: "orders.ts",
      region: "explainCancellation",
      description:
        "CancellationReasons is positional: entry i explains action i, `None` for the actions that passed.",
    },
    {
      title: "A consistent snapshot of two items",
      file: "orders.ts",
      region: "getOrderWithProduct",
    },
  ],
  rationale: [
    "**What it optimises.** Correctness under concurrency without locks. A condition is evaluated by the",
    "partition that owns the item, atomically with the write, so there is no window between check and",
    "write. A refused write costs a normal write and changes nothing, and `ReturnValuesOnConditionCheckFailure:",
    "ALL_OLD` returns the current item with the refusal, so the caller needs no extra read to react.",
    "",
    "**Version attribute or invariant condition.** A version number protects a record edited as a whole",
    "(a product page, a profile): any concurrent edit makes the later one fail. For counters such as stock,",
    "state the invariant instead (`stock >= :quantity`): concurrent orders then all succeed while stock",
    "lasts, and bumping a version on every sale would make every price edit race against the checkout.",
    "",
    "**What it costs.** A conditional write costs what the write costs: 1 WCU per 1 KB of the larger of the",
    "old and new item, even when it is refused. Transactions cost double: each Put, Update and Delete in",
    "TransactWriteItems is charged 2 WCU per 1 KB, and each TransactGetItems read 2 RCU per 4 KB. A",
    "ConditionCheck is charged like a transactional write on the local engine (so `placeOrder` on the",
    "example items, each well under 1 KB, reports 6 WCU); DynamoDB Local leaves it out and reports 4.",
    "Either way it is at least twice the 2 WCU of two plain writes that could leave stock taken and no",
    "order. `getOrderWithProduct` costs 4 RCU, against 1 RCU for two eventually consistent GetItems. A",
    "retry answered from the ClientRequestToken writes nothing and is reported as reads.",
    "",
    "**Limits.** Up to 100 actions on 100 distinct items per transaction (one action per item: you cannot",
    "update and condition-check the same item in one transaction), 4 MB in total, items in any tables of",
    "one account and region. A ClientRequestToken is remembered for 10 minutes after the request finishes;",
    "the same token with different parameters is refused with IdempotentParameterMismatchException. A",
    "transaction that meets another one on the same item is cancelled with `TransactionConflict` and can be",
    "retried with the same token. Transactions are not visible to BatchGetItem, Query or Scan as a unit: those",
    "may see the order without the stock change, only TransactGetItems and single-item reads are isolated.",
    "",
    "**When not to use it.** Do not wrap independent writes in a transaction just to save round trips: it",
    "doubles their cost and makes them fail together; use BatchWriteItem or parallel requests. Do not use",
    "transactions to keep a long-running workflow consistent (holding stock while a payment provider answers):",
    "write a reservation with an expiry and settle it later. And a version check only helps if every writer",
    "uses it: one unconditional PutItem from a forgotten script overwrites the record regardless.",
  ].join("\n"),
};
