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
  /**
   * Present when the body is known to hold only ASCII characters: the pieces it is joined from,
   * in order (the cached texts of whole items among them), to be copied into bytes one after the
   * other without joining the body into one string first.
   */
  asciiPieces?: readonly string[];
}

type Latin1Writer = Buffer & { latin1Write?(text: string, offset: number): number };

/**
 * Copies ASCII pieces into `target` from `offset` and returns the offset after them. A one-byte
 * string's characters are its bytes; `latin1Write` (what `Buffer#write(text, offset, "latin1")`
 * calls after checking its arguments) takes half the time of `write` over a page's thousands of
 * pieces.
 */
export function writeAsciiPieces(pieces: readonly string[], target: Buffer, offset = 0): number {
  const writer = target as Latin1Writer;
  if (typeof writer.latin1Write === "function") {
    for (const piece of pieces) offset += writer.latin1Write(piece, offset);
  } else {
    for (const piece of pieces) offset += target.write(piece, offset, "latin1");
  }
  return offset;
}

/**
 * The UTF-8 bytes of a response body. An ASCII body's bytes are its characters one for one, so
 * its pieces are copied into the bytes one after the other: a page of a megabyte costs a fraction
 * of UTF-8 encoding the joined text, which flattens it into one string first, and gives the same
 * bytes.
 */
export function wireBytes(reply: WireResponse): Buffer {
  const pieces = reply.asciiPieces;
  if (pieces === undefined) return Buffer.from(reply.body, "utf8");
  const bytes = Buffer.allocUnsafe(reply.body.length);
  writeAsciiPieces(pieces, bytes);
  return bytes;
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

/** Targets already resolved, per set of known operations: every request names one of a few. */
const resolvedTargets = new WeakMap<ReadonlySet<string>, Map<string, string>>();

function resolveKnownOperation(target: string | undefined, known: ReadonlySet<string>): string | undefined {
  if (target === undefined) return undefined;
  let resolved = resolvedTargets.get(known);
  if (resolved === undefined) {
    resolved = new Map();
    resolvedTargets.set(known, resolved);
  }
  const cached = resolved.get(target);
  if (cached !== undefined) return cached;
  const operation = resolveOperation(target, known);
  // Only names that resolve are kept, so a client sending made-up targets cannot grow the map.
  if (operation !== undefined) resolved.set(target, operation);
  return operation;
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
    const operation = resolveKnownOperation(request.target, known);
    if (operation === undefined) throw new UnknownOperationException();
    if (!request.authenticated) throw missingAuthenticationToken();
    if (!isJsonObject(input)) throw new SerializationException("");
    const output = engine.execute(operation, input);
    if (!WHOLE_ITEM_OPERATIONS.has(operation)) return { statusCode: 200, body: JSON.stringify(output) };
    const written = writeOutput(output, input, itemTextsOf(engine));
    return { statusCode: 200, body: written.text(), asciiPieces: written.asciiPieces() };
  } catch (error) {
    return errorResponse(error);
  }
}

/**
 * JSON text of an operation's output, exactly as `JSON.stringify` writes it. Whole items (`Items`
 * of Query and Scan, `Responses` of BatchGetItem, GetItem's `Item`) are most of the bytes the engine answers
 * with, and they are the stored item objects themselves, which the engine never changes once
 * written (an update writes a new object). So their text is kept per object and a page read again
 * is joined from it instead of walking every attribute of every item. Projected items are new
 * objects on every call (as are PartiQL's rows) and go straight to `JSON.stringify`; `input` says
 * which pages are whole.
 */
export function outputText(
  output: Record<string, unknown>,
  operation?: string,
  input: Record<string, unknown> = {},
  itemTexts: ItemTextCache = sharedItemTexts,
): string {
  if (operation === undefined || !WHOLE_ITEM_OPERATIONS.has(operation)) return JSON.stringify(output);
  return writeOutput(output, input, itemTexts).text();
}

/** The operations whose outputs can hold stored items as they are (see `outputText`). */
const WHOLE_ITEM_OPERATIONS: ReadonlySet<string> = new Set(["GetItem", "Query", "Scan", "BatchGetItem"]);

/** Longest text of a member other than a cached page that is checked for ASCII. */
const CHECKED_CHARS = 4096;

/** Texts of small members are checked for ASCII as they are written; pages take it from the cache. */
function isAscii(text: string): boolean {
  // Every character from U+0080 up takes two or more bytes in UTF-8 (a lone surrogate takes three).
  return Buffer.byteLength(text, "utf8") === text.length;
}

/** An output's JSON text, kept as the pieces it is written in, and whether it is all ASCII. */
class JsonWriter {
  constructor(readonly itemTexts: ItemTextCache) {}

  private readonly pieces: string[] = [];
  private ascii = true;

  /** Appends a text; `ascii` says whether it is known to be all ASCII. */
  add(text: string, ascii: boolean): void {
    this.pieces.push(text);
    this.ascii &&= ascii;
  }

  /**
   * Appends a member's text. Short texts are checked for ASCII; a long one (a projected page) is
   * taken as not ASCII, since checking it would cost as much as encoding it.
   */
  addMember(prefix: string, text: string): void {
    this.add(prefix, true);
    this.add(text, text.length <= CHECKED_CHARS && isAscii(text));
  }

  /** The whole text, as concatenations of the pieces: nothing is copied until it is read. */
  text(): string {
    let text = "";
    for (const piece of this.pieces) text += piece;
    return text;
  }

  asciiPieces(): readonly string[] | undefined {
    return this.ascii ? this.pieces : undefined;
  }
}

/** The output of one of the WHOLE_ITEM_OPERATIONS, its stored items written from their cached texts. */
function writeOutput(
  output: Record<string, unknown>,
  input: Record<string, unknown>,
  itemTexts: ItemTextCache,
): JsonWriter {
  const out = new JsonWriter(itemTexts);
  out.add("{", true);
  let first = true;
  for (const name of Object.keys(output)) {
    const value = output[name];
    // Member names are the output model's own, all ASCII.
    const prefix = `${first ? "" : ","}${JSON.stringify(name)}:`;
    if (name === "Items" && Array.isArray(value) && asksWholeItems(input)) {
      out.add(prefix, true);
      writeItemList(out, value);
    } else if (name === "Item" && isJsonObject(value) && asksWholeItems(input)) {
      out.add(prefix, true);
      writeItem(out, value);
    } else if (name === "Responses" && isJsonObject(value)) {
      out.add(prefix, true);
      writeResponses(out, value, input);
    } else {
      const text = JSON.stringify(value);
      if (text === undefined) continue;
      out.addMember(prefix, text);
    }
    first = false;
  }
  out.add("}", true);
  return out;
}

function asksWholeItems(request: Record<string, unknown>): boolean {
  return (
    request.ProjectionExpression === undefined &&
    request.AttributesToGet === undefined &&
    request.Select !== "SPECIFIC_ATTRIBUTES"
  );
}

/** BatchGetItem's map of table name to items; any other shape is written as it is. */
function writeResponses(
  out: JsonWriter,
  responses: Record<string, unknown>,
  input: Record<string, unknown>,
): void {
  const requestItems = isJsonObject(input.RequestItems) ? input.RequestItems : {};
  out.add("{", true);
  let first = true;
  for (const name of Object.keys(responses)) {
    const items = responses[name];
    const nameText = JSON.stringify(name);
    const prefix = `${first ? "" : ","}${nameText}:`;
    const request = requestItems[name];
    if (Array.isArray(items) && isJsonObject(request) && asksWholeItems(request)) {
      out.add(prefix, isAscii(nameText));
      writeItemList(out, items);
    } else {
      const text = JSON.stringify(items);
      if (text === undefined) continue;
      out.add(prefix, isAscii(nameText));
      out.addMember("", text);
    }
    first = false;
  }
  out.add("}", true);
}

function writeItemList(out: JsonWriter, items: unknown[]): void {
  const itemTexts = out.itemTexts;
  const texts: (CachedText | undefined)[] = new Array(items.length);
  let missing = 0;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (!isJsonObject(item)) {
      out.add(JSON.stringify(items), false);
      return;
    }
    const text = itemTexts.find(item);
    if (text === undefined) missing++;
    texts[index] = text;
  }
  if (missing > 0 && !itemTexts.admits()) {
    out.add(JSON.stringify(items), false);
    return;
  }
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as Record<string, unknown>;
    const itemText = itemTexts.keep(item, texts[index] ?? JSON.stringify(item));
    out.add(index > 0 ? "," : "[", true);
    out.add(itemText.text, itemText.ascii);
  }
  out.add(items.length > 0 ? "]" : "[]", true);
}

function writeItem(out: JsonWriter, item: Record<string, unknown>): void {
  const itemTexts = out.itemTexts;
  const text = itemTexts.find(item);
  if (text !== undefined) {
    out.add(text.text, text.ascii);
    return;
  }
  if (!itemTexts.admits()) {
    out.add(JSON.stringify(item), false);
    return;
  }
  const kept = itemTexts.keep(item, JSON.stringify(item));
  out.add(kept.text, kept.ascii);
}

/** While the cache does not pay, one page in this many still goes into it, to notice when it would. */
const PROBE_EVERY_PAGES = 32;

/** An item's JSON text, and whether it is all ASCII (found once, when the text is cached). */
export interface CachedText {
  readonly text: string;
  readonly ascii: boolean;
}

/**
 * Item texts by object, bounded: texts go into a young generation until it holds `budgetChars`
 * characters, then it becomes the old one and the previous old one is dropped; a text found in
 * the old generation moves up when its page is written from the cache. At most about twice the
 * budget is held, and an item that is overwritten or deleted takes its text with it. Caching an
 * item costs more than writing it once, so when a generation fills while most lookups missed
 * (items read once, or a table larger than the cache read over and over), pages with missing
 * texts stop going into the cache but for an occasional probe; pages found whole still come
 * from it.
 */
export class ItemTextCache {
  private young = new WeakMap<object, CachedText>();
  private old = new WeakMap<object, CachedText>();
  private youngChars = 0;
  private lookups = 0;
  private hits = 0;
  private paying = true;
  private pagesSinceProbe = 0;

  constructor(private readonly budgetChars: number) {}

  find(item: object): CachedText | undefined {
    this.lookups++;
    const text = this.young.get(item) ?? this.old.get(item);
    if (text !== undefined) this.hits++;
    return text;
  }

  /** Whether a page with missing texts should add them. */
  admits(): boolean {
    if (this.paying) return true;
    if (++this.pagesSinceProbe < PROBE_EVERY_PAGES) return false;
    this.pagesSinceProbe = 0;
    return true;
  }

  /**
   * Keeps an item's text in the young generation, unless it is there already, and returns what is
   * kept. A text found in the cache comes back as it was found.
   */
  keep(item: object, text: string | CachedText): CachedText {
    const kept = typeof text === "string" ? { text, ascii: isAscii(text) } : text;
    if (this.young.has(item)) return kept;
    this.young.set(item, kept);
    this.youngChars += kept.text.length;
    if (this.youngChars > this.budgetChars) this.startGeneration();
    return kept;
  }

  private startGeneration(): void {
    this.paying = this.hits * 2 >= this.lookups;
    this.old = this.young;
    this.young = new WeakMap();
    this.youngChars = 0;
    this.lookups = 0;
    this.hits = 0;
  }
}

/** About 16 MB of one-byte text per generation: a 10,000-item table of 1 KB items fits whole. */
const ITEM_TEXT_BUDGET_CHARS = 16 * 1024 * 1024;

/**
 * One cache per engine: its hit rate follows that engine's reads, so one engine reading a large
 * table cannot push out the texts of another engine in the same process.
 */
const itemTextCaches = new WeakMap<Engine, ItemTextCache>();

export function itemTextsOf(engine: Engine): ItemTextCache {
  let cache = itemTextCaches.get(engine);
  if (cache === undefined) {
    cache = new ItemTextCache(ITEM_TEXT_BUDGET_CHARS);
    itemTextCaches.set(engine, cache);
  }
  return cache;
}

/** The cache `outputText` uses when its caller names none. */
const sharedItemTexts = new ItemTextCache(ITEM_TEXT_BUDGET_CHARS);

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
