import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Opaque page cursors for an API. LastEvaluatedKey is the primary key of the last item a page
 * read; handing it to clients as-is leaks the key design and lets a client send any key back as
 * ExclusiveStartKey, e.g. another customer's partition. A cursor here is
 * `v1.<base64url JSON of the key>.<base64url HMAC-SHA256 of both>`: readable by nobody in
 * particular, forgeable by nobody without the server's secret, and checked against the
 * partition the request is allowed to read before it ever reaches DynamoDB.
 */

export class InvalidCursorError extends Error {
  constructor(reason: string) {
    super(`Invalid cursor: ${reason}`);
    this.name = "InvalidCursorError";
  }
}

export type PageKey = Record<string, string>;

const VERSION = "v1";
/** Far above any real key (a key is at most 2 KB + 1 KB of text), far below a denial of service. */
const MAX_CURSOR_LENGTH = 4096;

export function encodeCursor(key: PageKey, secret: string | Uint8Array): string {
  const payload = Buffer.from(JSON.stringify(key)).toString("base64url");
  return `${VERSION}.${payload}.${sign(payload, secret)}`;
}

/**
 * The key a cursor holds, once its signature and shape are checked: exactly the attributes in
 * `keyAttributes`, all strings, and `expected` values where given (the partition the caller may
 * read). Anything else is an InvalidCursorError, which an API reports as a 400.
 */
export function decodeCursor(
  cursor: string,
  secret: string | Uint8Array,
  { keyAttributes, expected = {} }: { keyAttributes: string[]; expected?: PageKey },
): PageKey {
  if (cursor.length > MAX_CURSOR_LENGTH) throw new InvalidCursorError("too long");
  const [version, payload, signature, ...rest] = cursor.split(".");
  if (version !== VERSION || payload === undefined || signature === undefined || rest.length > 0) {
    throw new InvalidCursorError("malformed");
  }
  const actual = Buffer.from(signature, "base64url");
  const wanted = Buffer.from(sign(payload, secret), "base64url");
  if (actual.length !== wanted.length || !timingSafeEqual(actual, wanted)) {
    throw new InvalidCursorError("bad signature");
  }
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    throw new InvalidCursorError("unreadable");
  }
  if (typeof key !== "object" || key === null || Array.isArray(key))
    throw new InvalidCursorError("not a key");
  const entries = Object.entries(key);
  const names = entries.map(([name]) => name).sort();
  if (names.join("\u0000") !== [...keyAttributes].sort().join("\u0000")) {
    throw new InvalidCursorError("wrong key attributes");
  }
  for (const [name, value] of entries) {
    if (typeof value !== "string") throw new InvalidCursorError(`${name} is not a string`);
    if (name in expected && expected[name] !== value)
      throw new InvalidCursorError(`${name} does not match the request`);
  }
  return key as PageKey;
}

function sign(payload: string, secret: string | Uint8Array): string {
  return createHmac("sha256", secret).update(`${VERSION}.${payload}`).digest("base64url");
}
