import { paginateScan, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { addPage, emptyTally, type Invoice, type ScanTally } from "./invoice-scans.js";

/** What one worker of a parallel scan read. */
export interface SegmentResult {
  segment: number;
  invoices: Invoice[];
  tally: ScanTally;
}

// #region parallelScanInvoices
/**
 * Splits the table into `totalSegments` disjoint segments and scans them concurrently, one worker
 * per segment, each following its own LastEvaluatedKey. DynamoDB assigns every item to exactly
 * one segment, so the merged result holds each item once. The total cost is the same as a
 * sequential scan (plus rounding: each page is rounded up to 4 KB on its own); what changes is
 * the elapsed time, since the segments are read from different partitions at the same time.
 */
export async function parallelScanInvoices(
  documentClient: DynamoDBDocumentClient,
  tableName: string,
  { totalSegments, pageSize = 100 }: { totalSegments: number; pageSize?: number },
): Promise<{ invoices: Invoice[]; segments: SegmentResult[] }> {
  const scanSegment = async (segment: number): Promise<SegmentResult> => {
    const invoices: Invoice[] = [];
    const tally = emptyTally();
    const pages = paginateScan(
      { client: documentClient, pageSize },
      {
        TableName: tableName,
        Segment: segment,
        TotalSegments: totalSegments,
        ReturnConsumedCapacity: "TOTAL",
      },
    );
    for await (const page of pages) {
      addPage(tally, page);
      invoices.push(...((page.Items ?? []) as Invoice[]));
    }
    return { segment, invoices, tally };
  };
  // Promise.all fails fast: one failed segment fails the whole scan, which a caller retries
  // as a unit (a partial export is worse than none).
  const segments = await Promise.all(
    Array.from({ length: totalSegments }, (_, segment) => scanSegment(segment)),
  );
  return { invoices: segments.flatMap((result) => result.invoices), segments };
}
// #endregion parallelScanInvoices
