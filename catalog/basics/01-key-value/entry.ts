import type { CatalogEntry } from "../../../src/catalog/entry.js";
import type { DataModel } from "../../../src/modeling/model.js";

const model: DataModel = {
  tables: [
    {
      name: "Users",
      partitionKey: { name: "userId", type: "S" },
      billing: { mode: "PAY_PER_REQUEST" },
    },
    {
      name: "UserSettings",
      partitionKey: { name: "userId", type: "S" },
      sortKey: { name: "group", type: "S" },
      billing: { mode: "PAY_PER_REQUEST" },
    },
  ],
  entities: [
    {
      name: "User",
      description: "A user profile. Simple primary key: one item per userId.",
      table: "Users",
      keys: { userId: "{userId}" },
      attributes: {
        userId: { kind: "string", required: true },
        email: { kind: "string", required: true },
        displayName: { kind: "string", required: true },
        plan: { kind: "string", required: true, description: "free or pro" },
        credits: { kind: "number", required: true, description: "Never negative (guarded update)" },
        loginCount: { kind: "number", required: true, description: "Atomic counter" },
        createdAt: { kind: "string", required: true },
        lastLoginAt: { kind: "string" },
        phone: { kind: "string" },
        address: { kind: "map", description: "street, city, postcode, country" },
        tags: { kind: "string set" },
      },
      examples: [
        {
          userId: "u-ada",
          email: "ada@example.com",
          displayName: "Ada",
          plan: "pro",
          credits: 120,
          loginCount: 41,
          createdAt: "2026-01-04T09:12:00Z",
          lastLoginAt: "2026-03-01T07:55:10Z",
          phone: "+44 20 7946 0001",
          address: { street: "12 Analytical Row", city: "London", postcode: "N1 9GU", country: "GB" },
          tags: new Set(["beta", "early-adopter"]),
        },
        {
          userId: "u-grace",
          email: "grace@example.com",
          displayName: "Grace",
          plan: "free",
          credits: 5,
          loginCount: 3,
          createdAt: "2026-02-11T17:40:00Z",
        },
      ],
    },
    {
      name: "UserSettings",
      description: "One group of a user's settings. Composite primary key: many items per userId.",
      table: "UserSettings",
      keys: { userId: "{userId}", group: "{group}" },
      attributes: {
        userId: { kind: "string", required: true },
        group: { kind: "string", required: true, description: "notifications, privacy, display..." },
        values: { kind: "map", required: true, description: "Setting name → value" },
        updatedAt: { kind: "string", required: true },
      },
      examples: [
        {
          userId: "u-ada",
          group: "display",
          values: { theme: "dark", fontScale: 1.25 },
          updatedAt: "2026-02-20T10:00:00Z",
        },
        {
          userId: "u-ada",
          group: "notifications",
          values: { email: true, push: false, digest: "weekly" },
          updatedAt: "2026-02-21T08:30:00Z",
        },
        {
          userId: "u-grace",
          group: "privacy",
          values: { profileVisible: false },
          updatedAt: "2026-02-12T09:00:00Z",
        },
      ],
    },
  ],
  accessPatterns: [
    {
      id: "createUser",
      name: "Register a user, refusing an id that is taken",
      operation: "PutItem",
      table: "Users",
      entities: ["User"],
      key: { partition: "{userId}" },
      parameters: { userId: "u-linus" },
      notes: "ConditionExpression attribute_not_exists(userId); on conflict the blocking item comes back.",
    },
    {
      id: "getUser",
      name: "Get a user's profile",
      operation: "GetItem",
      table: "Users",
      entities: ["User"],
      key: { partition: "{userId}" },
      parameters: { userId: "u-ada" },
    },
    {
      id: "recordLogin",
      name: "Count a login and stamp its time",
      operation: "UpdateItem",
      table: "Users",
      entities: ["User"],
      key: { partition: "{userId}" },
      parameters: { userId: "u-ada" },
      notes: "ADD loginCount :one (atomic counter), ReturnValues UPDATED_NEW.",
    },
    {
      id: "spendCredits",
      name: "Spend credits without ever going below zero",
      operation: "UpdateItem",
      table: "Users",
      entities: ["User"],
      key: { partition: "{userId}" },
      parameters: { userId: "u-grace", amount: 3 },
      notes: "SET credits = credits - :amount with ConditionExpression credits >= :amount.",
    },
    {
      id: "updateAddress",
      name: "Change the city and postcode inside the address",
      operation: "UpdateItem",
      table: "Users",
      entities: ["User"],
      key: { partition: "{userId}" },
      parameters: { userId: "u-ada" },
      notes: "Nested paths address.city and address.postcode; ReturnValues UPDATED_OLD.",
    },
    {
      id: "updateContact",
      name: "Patch contact fields (null removes one)",
      operation: "UpdateItem",
      table: "Users",
      entities: ["User"],
      key: { partition: "{userId}" },
      parameters: { userId: "u-ada" },
      notes: "SET and REMOVE built from the change; ReturnValues ALL_NEW.",
    },
    {
      id: "addTags",
      name: "Tag a user",
      operation: "UpdateItem",
      table: "Users",
      entities: ["User"],
      key: { partition: "{userId}" },
      parameters: { userId: "u-grace" },
      notes: "ADD to a string set.",
    },
    {
      id: "removeTags",
      name: "Untag a user",
      operation: "UpdateItem",
      table: "Users",
      entities: ["User"],
      key: { partition: "{userId}" },
      parameters: { userId: "u-ada" },
      notes: "DELETE from a string set; the attribute disappears with its last element.",
    },
    {
      id: "deleteUser",
      name: "Delete a user and get back what was deleted",
      operation: "DeleteItem",
      table: "Users",
      entities: ["User"],
      key: { partition: "{userId}" },
      parameters: { userId: "u-grace" },
      notes: "ReturnValues ALL_OLD.",
    },
    {
      id: "getSettings",
      name: "Get one group of a user's settings",
      operation: "GetItem",
      table: "UserSettings",
      entities: ["UserSettings"],
      key: { partition: "{userId}", sort: { operator: "=", value: "{group}" } },
      parameters: { userId: "u-ada", group: "notifications" },
    },
    {
      id: "listSettings",
      name: "Get all of a user's settings",
      operation: "Query",
      table: "UserSettings",
      entities: ["UserSettings"],
      key: { partition: "{userId}" },
      parameters: { userId: "u-ada" },
    },
    {
      id: "saveSetting",
      name: "Change one setting, leaving the others in the group alone",
      operation: "UpdateItem",
      table: "UserSettings",
      entities: ["UserSettings"],
      key: { partition: "{userId}", sort: { operator: "=", value: "{group}" } },
      parameters: { userId: "u-ada", group: "notifications", name: "push", value: true },
      notes: "SET #values.#name = :value when the map exists, otherwise create the map.",
    },
  ],
};

export const entry: CatalogEntry = {
  id: "01-key-value",
  section: "basics",
  title: "Key-value operations",
  summary:
    "PutItem, GetItem, UpdateItem (SET, REMOVE, ADD, DELETE, counters, nested paths) and DeleteItem on simple and composite keys, with ReturnValues and conditional writes.",
  problem: `An application keeps user profiles and each user's settings, and nearly every request
touches exactly one of them by its id: show a profile, count a login, spend credits, change a
city, toggle a notification. In SQL these are \`SELECT ... WHERE id = ?\` and \`UPDATE ... SET
... WHERE id = ?\`. In DynamoDB they are the four item operations, PutItem, GetItem, UpdateItem
and DeleteItem, each addressing one item by its full primary key, each taking single-digit
milliseconds whatever the table's size.

The catch for a SQL developer is that these operations are *blind* by default: PutItem replaces
a whole item that already exists, UpdateItem creates an item that does not, and a
read-modify-write in application code loses updates under concurrency. This entry shows how to
write them so they cannot do the wrong thing: condition expressions, server-side arithmetic and
ReturnValues instead of extra reads.

Two tables show the two kinds of primary key. \`Users\` has a **simple** key (\`userId\` only):
one item per user, reachable only by that exact id. \`UserSettings\` has a **composite** key
(\`userId\` + \`group\`): many items per user, stored together and sorted by \`group\`, so both
"one group" (GetItem with both key parts) and "all groups of a user" (one Query) are cheap.`,
  model,
  codeExamples: [
    {
      title: "Conditional create",
      file: "users.ts",
      region: "createUser",
      description:
        "PutItem with `attribute_not_exists(userId)`: a second registration under the same id fails with ConditionalCheckFailedException instead of overwriting, and the existing profile comes back in the exception.",
    },
    { title: "Get by key", file: "users.ts", region: "getUser" },
    {
      title: "Atomic counter",
      file: "users.ts",
      region: "recordLogin",
      description:
        "`ADD` on a number increments on the server. The condition stops UpdateItem from creating a half-empty profile for an unknown id.",
    },
    {
      title: "Guarded counter",
      file: "users.ts",
      region: "spendCredits",
      description: "The balance check and the subtraction are one atomic request.",
    },
    { title: "Nested paths and UPDATED_OLD", file: "users.ts", region: "updateAddress" },
    { title: "SET and REMOVE from a patch", file: "users.ts", region: "updateContact" },
    { title: "ADD and DELETE on a string set", file: "users.ts", region: "tags" },
    { title: "Delete and return the old item", file: "users.ts", region: "deleteUser" },
    { title: "Composite key: one item", file: "user-settings.ts", region: "getSettings" },
    { title: "Composite key: the whole collection", file: "user-settings.ts", region: "listSettings" },
    {
      title: "Updating one entry of a map",
      file: "user-settings.ts",
      region: "saveSetting",
      description:
        "Two conditional updates cover both cases (map present, map absent) without ever overwriting a setting written by someone else.",
    },
  ],
  rationale: `**What it optimises.** Every access pattern here names a full primary key, so DynamoDB
goes straight to one partition and one item: latency stays flat from ten items to ten billion, and
there is nothing to index or tune. No request reads before it writes: conditions, \`ADD\`,
\`credits - :amount\` and ReturnValues do on the server what an ORM would do with a SELECT
followed by an UPDATE, which halves the round trips and closes the race between them.

**What it costs.** Reads are billed in 4 KB steps, writes in 1 KB steps, always rounded up:

| Request (example items of 80–250 bytes) | Cost |
| --- | --- |
| GetItem, eventually consistent | 0.5 RCU |
| GetItem, \`ConsistentRead: true\` | 1 RCU |
| PutItem / UpdateItem / DeleteItem | 1 WCU |
| A write whose condition fails | still 1 WCU |
| UpdateItem on a 3.5 KB item, changing one number | 4 WCU |
| Query returning both settings groups of a user (177 bytes together) | 0.5 RCU |

An UpdateItem is billed on the larger of the item's size before and after the write, not on the
size of the change: incrementing a counter inside a 3.5 KB profile costs 4 WCU. If one small
attribute changes far more often than the rest (a counter, a \`lastSeenAt\`), give it its own
small item. ReturnValues is free: it does not add capacity, only response bytes.

**Limits.** An item is at most 400 KB including attribute names (so long names cost on every
item), maps and lists nest at most 32 levels, and sets cannot be empty: removing the last element
removes the attribute. A partition key value sustains about 3,000 reads and 1,000 writes per
second, so a single "global counter" item is a hot spot at scale: shard it (\`counter#1\` ...
\`counter#10\`) and sum on read. Numbers carry 38 digits of precision, which is why counters added
with \`ADD\` stay exact.

**Simple or composite key?** Choose a simple key when each entity is only ever fetched alone
by its id. Choose a composite key when several items belong together and are read together
(a user's settings groups, an order's lines): they share a partition key value, sit sorted by the
sort key, and one Query returns them. A composite key cannot be looked up by the partition key
alone with GetItem: that is a Query. Keeping one item per settings group rather than one big item
per user keeps each write small (1 WCU) and lets groups change independently.

**When not to use it.** These operations need the key. "Users in London", "users who signed
up last week" or "the newest 10 orders" are not key-value lookups: they need a Query over a sort
key or a secondary index (entries 02 and 04), never a Scan with a filter on a request path. When
several items must change together or not at all, use a transaction (entry 05); when many
independent items are read or written at once, batch them (entry 06).`,
};
