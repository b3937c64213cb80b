/**
 * Every failure the engine reports is a DynamoDBError: it carries DynamoDB's exception name
 * (`type`), the exact message text, the HTTP status DynamoDB answers with, and any extra members
 * of the error body (for example `Item` on ConditionalCheckFailedException).
 *
 * Adapters turn it into the wire envelope with `toWireBody()`; nothing else needs to know the
 * namespaces DynamoDB prefixes to `__type`.
 */
export class DynamoDBError extends Error {
  readonly type: string;
  readonly statusCode: number;
  readonly extra: Record<string, unknown> | undefined;

  constructor(
    type: string,
    message: string,
    options: { statusCode?: number; extra?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = type;
    this.type = type;
    this.statusCode = options.statusCode ?? 400;
    this.extra = options.extra;
  }

  /** The `__type` value DynamoDB sends: the exception name behind its service namespace. */
  get wireType(): string {
    return `${namespaceOf(this.type)}#${this.type}`;
  }

  /**
   * The JSON error body. DynamoDB spells the message member `message`, except on
   * TransactionCanceledException where it is `Message`.
   */
  toWireBody(): Record<string, unknown> {
    const messageKey = this.type === "TransactionCanceledException" ? "Message" : "message";
    const body: Record<string, unknown> = { __type: this.wireType };
    if (this.message !== "") body[messageKey] = this.message;
    if (this.extra) Object.assign(body, this.extra);
    return body;
  }
}

const CORAL_VALIDATE = new Set(["ValidationException"]);
const CORAL_SERVICE = new Set([
  "SerializationException",
  "UnknownOperationException",
  "MissingAuthenticationTokenException",
  "InvalidSignatureException",
  "IncompleteSignatureException",
  "AccessDeniedException",
  "UnrecognizedClientException",
]);

function namespaceOf(type: string): string {
  if (CORAL_VALIDATE.has(type)) return "com.amazon.coral.validate";
  if (CORAL_SERVICE.has(type)) return "com.amazon.coral.service";
  return "com.amazonaws.dynamodb.v20120810";
}
