import type { Engine } from "../engine/engine.js";
import {
  DynamoDBError,
  InternalServerError,
  SerializationException,
  UnknownOperationException,
} from "../engine/errors/index.js";

/**
 * DynamoDB's JSON 1.0 protocol without the transport: the HTTP server and the in-process SDK
 * handler both hand a request (target header, body text) to `answerJsonRequest` and send back the
 * status and body it returns.
 */

export const DYNAMODB_TARGET_PREFIX = "DynamoDB_20120810.";
export const STREAMS_TARGET_PREFIX = "DynamoDBStreams_20120810.";

/** The operations that arrive under the Streams target prefix instead of the DynamoDB one. */
export const STREAMS_OPERATIONS: ReadonlySet<string> = new Set([
  "ListStreams",
  "DescribeStream",
  "GetShardIterator",
  "GetRecords",
]);

export const JSON_CONTENT_TYPE = "application/x-amz-json-1.0";

export interface WireResponse {
  statusCode: number;
  body: string;
}

export interface JsonRequest {
  /** The `X-Amz-Target` header, if any. */
  target: string | undefined;
  /** Whether the request carried any authentication at all (its validity is never checked). */
  authenticated: boolean;
  /** The request body as text; empty when the request had none. */
  body: string;
}

/**
 * Maps an `X-Amz-Target` value to the engine operation it names, or undefined when DynamoDB would
 * answer UnknownOperationException: a missing or foreign prefix, an operation the engine does not
 * implement, or a Streams operation under the DynamoDB prefix (and the reverse).
 */
export function resolveOperation(target: string | undefined, known: ReadonlySet<string>): string | undefined {
  if (target === undefined) return undefined;
  let operation: string;
  let streams: boolean;
  if (target.startsWith(DYNAMODB_TARGET_PREFIX)) {
    operation = target.slice(DYNAMODB_TARGET_PREFIX.length);
    streams = false;
  } else if (target.startsWith(STREAMS_TARGET_PREFIX)) {
    operation = target.slice(STREAMS_TARGET_PREFIX.length);
    streams = true;
  } else {
    return undefined;
  }
  if (STREAMS_OPERATIONS.has(operation) !== streams) return undefined;
  return known.has(operation) ? operation : undefined;
}

/**
 * Answers one request in DynamoDB's order of checks: the body must be JSON (SerializationException,
 * no message), then the target must name an operation (UnknownOperationException, no message),
 * then some authentication must be present (MissingAuthenticationTokenException), then the body
 * must be a JSON object. Only then does the engine see it. Never throws.
 */
export function answerJsonRequest(
  engine: Engine,
  known: ReadonlySet<string>,
  request: JsonRequest,
): WireResponse {
  try {
    let input: unknown;
    if (request.body.length > 0) {
      try {
        input = JSON.parse(request.body);
      } catch {
        throw new SerializationException("");
      }
    }
    const operation = resolveOperation(request.target, known);
    if (operation === undefined) throw new UnknownOperationException();
    if (!request.authenticated) throw missingAuthenticationToken();
    if (!isJsonObject(input)) throw new SerializationException("");
    return { statusCode: 200, body: JSON.stringify(engine.execute(operation, input)) };
  } catch (error) {
    return errorResponse(error);
  }
}

/** The wire form of any failure; anything that is not a DynamoDBError becomes a 500. */
export function errorResponse(error: unknown): WireResponse {
  const known = error instanceof DynamoDBError ? error : new InternalServerError();
  return { statusCode: known.statusCode, body: JSON.stringify(known.toWireBody()) };
}

export function missingAuthenticationToken(): DynamoDBError {
  return new DynamoDBError("MissingAuthenticationTokenException", "Request is missing Authentication Token");
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
