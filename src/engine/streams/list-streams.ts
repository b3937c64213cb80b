import { invalidParameter } from "../errors/index.js";
import type { OperationHandler } from "../operation.js";
import { checkStreamArn } from "./stream-errors.js";
import { streamRegistryOf } from "./stream-registry.js";

const MAX_LIMIT = 100;

/**
 * ListStreams: the streams of every table (or of one), current and disabled within the last 24
 * hours, oldest first, paged by `Limit` and `ExclusiveStartStreamArn`.
 */
export const listStreams: OperationHandler = (db, input) => {
  const limit = (input.Limit as number | undefined) ?? MAX_LIMIT;
  if (limit > MAX_LIMIT) {
    throw invalidParameter(`Limit cannot be greater than the maximum allowed size: ${MAX_LIMIT}`);
  }
  const exclusiveStart = input.ExclusiveStartStreamArn as string | undefined;
  if (exclusiveStart !== undefined) checkStreamArn(exclusiveStart);
  const tableName = input.TableName as string | undefined;
  const registry = streamRegistryOf(db);
  registry.expire(db.clock());
  let streams =
    tableName === undefined
      ? registry.streams
      : registry.streams.filter((stream) => stream.tableName === tableName);
  if (exclusiveStart !== undefined) {
    const at = streams.findIndex((stream) => stream.arn === exclusiveStart);
    streams = at < 0 ? [] : streams.slice(at + 1);
  }
  const page = streams.slice(0, limit);
  const output: Record<string, unknown> = {
    Streams: page.map((stream) => ({
      StreamArn: stream.arn,
      TableName: stream.tableName,
      StreamLabel: stream.label,
    })),
  };
  if (streams.length > page.length) output.LastEvaluatedStreamArn = page[page.length - 1]!.arn;
  return output;
};
