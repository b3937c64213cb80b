import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { paginateScan, UpdateCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Invoice } from "./invoice-scans.js";

/** The schema version this migration writes. */
export const CURRENT_SCHEMA_VERSION = 2;

export type MigrationOutcome = "migrated" | "skipped";

// #region migrateInvoice
/**
 * Upgrades one invoice to version 2: adds `issuedMonth` (for monthly reports) and the version
 * marker. The condition makes the write safe while the application keeps running:
 * - `attribute_exists(PK)`: an invoice deleted since the scan read it stays deleted (UpdateItem
 *   on a missing key would otherwise create a fragment holding only the migrated attributes);
 * - `attribute_not_exists(schemaVersion)`: an item the application (or another worker) already
 *   wrote as version 2 is left alone, so reruns are idempotent.
 * A refused condition is an expected outcome here, not an error.
 */
export async function migrateInvoice(
  documentClient: DynamoDBDocumentClient,
  tableName: string,
  invoice: Pick<Invoice, "PK" | "SK" | "issuedOn">,
): Promise<MigrationOutcome> {
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { PK: invoice.PK, SK: invoice.SK },
        UpdateExpression: "SET issuedMonth = :month, schemaVersion = :version",
        ConditionExpression: "attribute_exists(PK) AND attribute_not_exists(schemaVersion)",
        ExpressionAttributeValues: {
          ":month": invoice.issuedOn.slice(0, 7),
          ":version": CURRENT_SCHEMA_VERSION,
        },
      }),
    );
    return "migrated";
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return "skipped";
    throw error;
  }
}
// #endregion migrateInvoice

// #region migrateInvoices
/**
 * Finds every version 1 invoice with a filtered scan and upgrades it. The filter saves network
 * transfer, not read capacity: the whole table is read and billed. Each page's items are upgraded
 * before the next page is requested, so memory stays bounded by one page however big the table.
 */
export async function migrateInvoices(
  documentClient: DynamoDBDocumentClient,
  tableName: string,
  { pageSize = 100 }: { pageSize?: number } = {},
): Promise<{ scanned: number; migrated: number; skipped: number }> {
  const totals = { scanned: 0, migrated: 0, skipped: 0 };
  const pages = paginateScan(
    { client: documentClient, pageSize },
    {
      TableName: tableName,
      FilterExpression: "attribute_not_exists(schemaVersion)",
      ProjectionExpression: "PK, SK, issuedOn",
    },
  );
  for await (const page of pages) {
    totals.scanned += page.ScannedCount ?? 0;
    for (const invoice of (page.Items ?? []) as Pick<Invoice, "PK" | "SK" | "issuedOn">[]) {
      const outcome = await migrateInvoice(documentClient, tableName, invoice);
      totals[outcome] += 1;
    }
  }
  return totals;
}
// #endregion migrateInvoices
