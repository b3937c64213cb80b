// Contract only: the request validation work fills this in.
/**
 * Checks a request's shape against the operation's input model before anything else looks at it:
 * JSON types (SerializationException), required members, lengths, ranges, patterns and enums (the
 * `N validation error(s) detected: ...` family), in DynamoDB's order.
 */
export function validateRequest(_operation: string, _input: Record<string, unknown>): void {}
