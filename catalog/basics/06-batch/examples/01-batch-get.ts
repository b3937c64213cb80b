/**
 * BatchGetItem: a basket of ISBNs read in one request, compared with a loop of GetItem.
 * The found books come back in basket order and the unknown ISBN is listed as missing; the same
 * reads sent as one GetItem each cost the same read units but take three round trips instead of
 * one. Runs in process by default; set DYNAMODB_ENDPOINT to use a server (see HOW_TO_RUN.md).
 */
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { runExample } from "../../../../src/catalog/runtime/run-example.js";
import { show, step } from "../../../../src/catalog/runtime/narrate.js";
import { bookKey, getBooks } from "../books.js";
import { entry } from "../entry.js";
import { narrateRequests } from "../../../../src/catalog/runtime/narrate-requests.js";

await runExample(entry.model, async (connection, seeded) => {
  show("seeded example items", seeded);
  const client = connection.documentClient;
  const table = connection.tableName("Bookshop");
  narrateRequests(client);

  const basket = ["978-1449373320", "978-0000000000", "978-0134685991"];
  step("A basket of three ISBNs in one BatchGetItem: found books in basket order, the unknown one listed");
  show("result", await getBooks(client, table, basket));

  step("The same reads as a loop of GetItem: the same read units, three round trips instead of one");
  for (const isbn of basket) await client.send(new GetCommand({ TableName: table, Key: bookKey(isbn) }));
});
