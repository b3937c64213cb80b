// Contract only: the catalog runtime work fills these in.
/**
 * Step-by-step output for runnable examples: what is sent and what comes back, readably, with
 * consumed capacity. Examples call `step` for each action and `show` for requests/responses.
 */
export function step(_title: string): void {
  throw new Error("not implemented");
}

export function show(_label: string, _value: unknown): void {
  throw new Error("not implemented");
}
