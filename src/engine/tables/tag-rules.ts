import { AccessDeniedException, ValidationException, invalidParameter } from "../errors/index.js";
import type { Database } from "../database.js";
import type { TagInput } from "./request-shapes.js";
import type { Table } from "./table.js";

export const MAX_TAGS_PER_RESOURCE = 50;

// Letters, digits, whitespace and _ . : / = + - @, as AWS tagging allows.
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

/** Checks tags a request adds; `existing` are the resource's current tags. */
export function checkTagsToAdd(tags: TagInput[], existing: ReadonlyMap<string, string>): void {
  if (tags.length === 0) throw new ValidationException("Atleast one Tag needs to be provided as Input.");
  const keys = new Set<string>();
  for (const { Key, Value } of tags) {
    if (!TAG_TEXT.test(Key) || Key.length === 0) {
      throw new ValidationException(`The Tag Key provided is invalid, Key: ${Key}`);
    }
    if (Key.toLowerCase().startsWith("aws:")) {
      throw new ValidationException(`Tag Key cannot be prefixed with aws:, Key: ${Key}`);
    }
    if (Value === undefined || !TAG_TEXT.test(Value)) {
      throw new ValidationException(`The Tag Value provided is invalid, Value: ${Value ?? "null"}`);
    }
    if (keys.has(Key)) {
      throw new ValidationException(`Duplicate Tag Keys provided as input: Duplicate Tag Key found ${Key}`);
    }
    keys.add(Key);
  }
  let total = existing.size;
  for (const key of keys) if (!existing.has(key)) total++;
  if (total > MAX_TAGS_PER_RESOURCE) {
    throw new ValidationException("Number of Tags exceed the current limit for the provided ResourceArn");
  }
}

/**
 * The table a tagging request's ARN names. Malformed ARNs and ARNs that are not DynamoDB table
 * ARNs are ValidationExceptions; a well-formed table ARN of this account and region naming no
 * table is AccessDeniedException, as DynamoDB answers when IAM cannot match the resource.
 */
export function tableForArn(db: Database, arn: string, operation: string): Table {
  if (!arn.startsWith("arn:")) throw invalidParameter(`ARNs must start with 'arn:': ${arn}`);
  const parts = arn.split(":");
  if (parts.length < 6 || parts[2] !== "dynamodb") {
    throw invalidParameter(`Provided Arn is not a DynamoDB resource arn: ${arn}`);
  }
  const resource = parts.slice(5).join(":");
  if (!resource.startsWith("table/") || resource.slice("table/".length).includes("/")) {
    throw invalidParameter(
      `Invalid resource arn provided, only table or stream is accepted. Provided resource arn: ${arn}`,
    );
  }
  if (parts[3] !== db.region || parts[4] !== db.accountId) {
    throw new ValidationException(`Invalid TableArn: Invalid ResourceArn provided as input ${arn}`);
  }
  const table = db.tables.get(resource.slice("table/".length));
  if (!table || table.arn !== arn) {
    throw new AccessDeniedException(
      `User: arn:aws:iam::${db.accountId}:root is not authorized to perform: dynamodb:${operation} on resource: ${arn}`,
    );
  }
  return table;
}
