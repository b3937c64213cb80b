import { ValidationException, invalidParameter } from "../errors/index.js";
import type { Database } from "../database.js";
import type { SSESpecificationInput, StreamSpecificationInput } from "./request-shapes.js";
import type { StreamSpecification, Table } from "./table.js";
import { closeStream, openStream } from "../streams/stream-registry.js";

/** Rules and state changes for the table options CreateTable and UpdateTable share. */

const TABLE_CLASSES = ["STANDARD", "STANDARD_INFREQUENT_ACCESS"];

export function checkTableClass(tableClass: string): "STANDARD" | "STANDARD_INFREQUENT_ACCESS" {
  if (!TABLE_CLASSES.includes(tableClass)) {
    throw new ValidationException(
      "Invalid table-class parameter provided. Please try again with a valid table-class value: [STANDARD, STANDARD_INFREQUENT_ACCESS].",
    );
  }
  return tableClass as "STANDARD" | "STANDARD_INFREQUENT_ACCESS";
}

export function checkCreateStream(spec: StreamSpecificationInput): StreamSpecification | undefined {
  if (spec.StreamEnabled && !spec.StreamViewType) {
    throw invalidParameter("Table is being created with a stream enabled, UpdateViewType is required");
  }
  if (!spec.StreamEnabled && spec.StreamViewType) {
    throw invalidParameter(
      "Table is being created with a stream disabled, UpdateViewType should not be specified",
    );
  }
  if (!spec.StreamEnabled) return undefined;
  return {
    StreamEnabled: true,
    StreamViewType: spec.StreamViewType as StreamSpecification["StreamViewType"],
  };
}

/** Turns a stream on, with a new label (and so a new stream ARN) each time. */
export function enableStream(db: Database, table: Table, spec: StreamSpecification): void {
  table.streamSpecification = spec;
  table.latestStreamLabel = openStream(db, table, spec.StreamViewType!);
}

/** Turns the stream off; LatestStreamArn still names it, and its records stay readable 24 hours. */
export function disableStream(db: Database, table: Table): void {
  table.streamSpecification = undefined;
  closeStream(db, table);
}

export function checkSse(spec: SSESpecificationInput): void {
  if (spec.Enabled === false) {
    if (spec.SSEType) throw invalidParameter("SSEType can not be specified if Enabled is false");
    if (spec.KMSMasterKeyId)
      throw invalidParameter("KMSMasterKeyId can not be specified if Enabled is false");
  }
  if (spec.SSEType === "AES256") throw invalidParameter("SSEType AES256 is not supported");
  if (spec.KMSMasterKeyId && spec.SSEType !== "KMS") {
    throw invalidParameter("SSEType KMS is required if KMSMasterKeyId is specified");
  }
}

/**
 * SSESpecification `Enabled: true` means a KMS key (the account's AWS managed key unless one is
 * named); anything else is the AWS owned key, which DescribeTable does not report.
 */
export function sseDescriptionFor(
  db: Database,
  spec: SSESpecificationInput,
): Record<string, unknown> | undefined {
  if (!spec.Enabled) return undefined;
  const keyId = spec.KMSMasterKeyId ?? globalThis.crypto.randomUUID();
  const keyArn = keyId.startsWith("arn:") ? keyId : `arn:aws:kms:${db.region}:${db.accountId}:key/${keyId}`;
  return { Status: "ENABLED", SSEType: "KMS", KMSMasterKeyArn: keyArn };
}
