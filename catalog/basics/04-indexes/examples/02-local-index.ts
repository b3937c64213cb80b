/**
 * Local index: a customer's orders by amount, largest first, read strongly consistent from ByTotal.
 * A local index keeps the table's partition key and only changes the sort order; unlike a global
 * index it accepts ConsistentRead, and ReturnConsumedCapacity INDEXES shows the read billed to
 * the index. Runs in process by default; set DYNAMODB_ENDPOINT to use a server (see
 * HOW_TO_RUN.md).
 */
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { runExample } from "../../../../src/catalog/runtime/run-example.js";
import { show, step } from "../../../../src/catalog/runtime/narrate.js";
import { customerOrdersByTotal } from "../index-queries.js";
import { model } from "../model.js";

await runExample(model, async (connection) => {
  const table = connection.tableName("MarketplaceOrders");
  const documentClient = connection.documentClient;

  step("LSI ByTotal: Ada's orders by amount, largest first, strongly consistent");
  const byTotal = await customerOrdersByTotal(documentClient, table, "ada");
  show(
    "orders",
    byTotal.map(({ orderId, total, status }) => ({ orderId, total, status })),
  );

  step("The same query, asking for its cost per index");
  const request = {
    TableName: table,
    IndexName: "ByTotal",
    KeyConditionExpression: "PK = :customer",
    ExpressionAttributeValues: { ":customer": "CUSTOMER#ada" },
    ConsistentRead: true,
    ReturnConsumedCapacity: "INDEXES" as const,
  };
  show("request", request);
  const consistentCost = await documentClient.send(new QueryCommand(request));
  show("response", {
    Count: consistentCost.Count,
    ConsumedCapacity: consistentCost.ConsumedCapacity,
  });
});
