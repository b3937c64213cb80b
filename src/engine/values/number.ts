// Contract only: the values work fills these in.
/** Validates DynamoDB number text and returns its canonical form (`1.50` -> `1.5`, `1e3` -> `1000`). */
export function normalizeNumber(_text: string): string {
  throw new Error("not implemented");
}
/** Orders two canonical numbers numerically: negative, zero or positive. */
export function compareNumbers(_a: string, _b: string): number {
  throw new Error("not implemented");
}
/** Exact `a + b` on canonical numbers, with DynamoDB's overflow, underflow and precision errors. */
export function addNumbers(_a: string, _b: string): string {
  throw new Error("not implemented");
}
/** Exact `a - b` on canonical numbers, with DynamoDB's overflow, underflow and precision errors. */
export function subtractNumbers(_a: string, _b: string): string {
  throw new Error("not implemented");
}
/** DynamoDB's storage size in bytes of a canonical number. */
export function numberSize(_canonical: string): number {
  throw new Error("not implemented");
}
