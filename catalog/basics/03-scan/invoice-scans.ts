import type { ConsumedCapacity } from "@aws-sdk/client-dynamodb";
import { paginateScan, ScanCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

/** An invoice as stored: its key attributes plus its own attributes. */
export interface Invoice {
  PK: string;
  SK: string;
  customerId: string;
  invoiceId: string;
  issuedOn: string;
  status: "OPEN" | "PAID" | "VOID";
  amountCents: number;
  currency: string;
  issuedMonth?: string;
  schemaVersion?: number;
}

/** What a scan read and what it cost, summed over its pages. */
export interface ScanTally {
  /** Requests sent: one per page. */
  pages: number;
  /** Items DynamoDB read (and charged for), before any filter. */
  scannedCount: number;
  /** Items that passed the filter and came back. */
  count: number;
  /** Read capacity units consumed, summed over the pages. */
  capacityUnits: number;
}

export function emptyTally(): ScanTally {
  return { pages: 0, scannedCount: 0, count: 0, capacityUnits: 0 };
}

export function addPage(
  tally: ScanTally,
  page: { ScannedCount?: number; Count?: number; ConsumedCapacity?: ConsumedCapacity },
): void {
  tally.pages += 1;
  tally.scannedCount += page.ScannedCount ?? 0;
  tally.count += page.Count ?? 0;
  tally.capacityUnits += page.ConsumedCapacity?.CapacityUnits ?? 0;
}

// #region exportAllInvoices
/**
 * Reads the whole table, page after page, for an export job. Pages end at `pageSize` items or at
 * 1 MB of data, whichever comes first; the paginator follows LastEvaluatedKey until it is absent.
 * Eventually consistent reads (the default) cost half as much as strongly consistent ones, and an
 * export does not need the very latest write.
 */
export async function exportAllInvoices(
  documentClient: DynamoDBDocumentClient,
  tableName: string,
  { pageSize = 100 }: { pageSize?: number } = {},
): Promise<{ invoices: Invoice[]; tally: ScanTally }> {
  const invoices: Invoice[] = [];
  const tally = emptyTally();
  const pages = paginateScan(
    { client: documentClient, pageSize },
    { TableName: tableName, ReturnConsumedCapacity: "TOTAL" },
  );
  for await (const page of pages) {
    addPage(tally, page);
    invoices.push(...((page.Items ?? []) as Invoice[]));
  }
  return { invoices, tally };
}
// #endregion exportAllInvoices

// #region scanOpenInvoices
/**
 * Every open invoice of every customer, for a month-end report. The FilterExpression is applied
 * after the items are read: ScannedCount (and the bill) covers the whole table, Count only the
 * matches. The projection trims the response, not the cost either.
 */
export async function scanOpenInvoices(
  documentClient: DynamoDBDocumentClient,
  tableName: string,
): Promise<{
  invoices: Pick<Invoice, "customerId" | "invoiceId" | "amountCents" | "currency">[];
  tally: ScanTally;
}> {
  const invoices: Pick<Invoice, "customerId" | "invoiceId" | "amountCents" | "currency">[] = [];
  const tally = emptyTally();
  const pages = paginateScan(
    { client: documentClient },
    {
      TableName: tableName,
      FilterExpression: "#status = :open",
      ProjectionExpression: "customerId, invoiceId, amountCents, currency",
      // `status` is a reserved word, so it is reached through a name placeholder.
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: { ":open": "OPEN" },
      ReturnConsumedCapacity: "TOTAL",
    },
  );
  for await (const page of pages) {
    addPage(tally, page);
    invoices.push(...((page.Items ?? []) as typeof invoices));
  }
  return { invoices, tally };
}
// #endregion scanOpenInvoices

/** A resume point handed out by scanInvoicePage was altered or comes from elsewhere. */
export class InvalidScanCursorError extends Error {
  override readonly name = "InvalidScanCursorError";
}

// #region scanInvoicePage
/**
 * One page of a scan plus an opaque cursor to continue from: a batch job stores the cursor after
 * each page (a checkpoint), so a crashed or redeployed job resumes where it stopped instead of
 * starting over and paying for the same reads twice. No cursor in the result: the scan is done.
 */
export async function scanInvoicePage(
  documentClient: DynamoDBDocumentClient,
  tableName: string,
  { limit, cursor }: { limit: number; cursor?: string },
): Promise<{ invoices: Invoice[]; cursor?: string; tally: ScanTally }> {
  const tally = emptyTally();
  const page = await documentClient.send(
    new ScanCommand({
      TableName: tableName,
      Limit: limit,
      ExclusiveStartKey: cursor === undefined ? undefined : decodeCursor(cursor),
      ReturnConsumedCapacity: "TOTAL",
    }),
  );
  addPage(tally, page);
  const invoices = (page.Items ?? []) as Invoice[];
  if (page.LastEvaluatedKey === undefined) return { invoices, tally };
  return { invoices, cursor: encodeCursor(page.LastEvaluatedKey), tally };
}

function encodeCursor(lastEvaluatedKey: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(lastEvaluatedKey)).toString("base64url");
}

/** Only a key of this table (two strings, PK and SK) is accepted back as a start key. */
function decodeCursor(cursor: string): { PK: string; SK: string } {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new InvalidScanCursorError("The scan cursor is not one this job handed out");
  }
  const candidate = key as Record<string, unknown> | null;
  if (
    typeof candidate !== "object" ||
    candidate === null ||
    Object.keys(candidate).length !== 2 ||
    typeof candidate.PK !== "string" ||
    typeof candidate.SK !== "string"
  ) {
    throw new InvalidScanCursorError("The scan cursor is not one this job handed out");
  }
  return { PK: candidate.PK, SK: candidate.SK };
}
// #endregion scanInvoicePage
