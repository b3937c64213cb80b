import { renderValue } from "../render-value.js";

/** Set to `1` to silence narration (tests run the same code without printing). */
export const QUIET_VARIABLE = "DYNAMODB_PATTERNS_QUIET";

export interface NarrationSink {
  write(text: string): void;
  /** Whether ANSI colours may be used. */
  color: boolean;
}

let sink: NarrationSink = {
  write: (text) => process.stdout.write(text),
  color: Boolean(process.stdout.isTTY) && process.env.NO_COLOR === undefined,
};
let stepNumber = 0;

/** Sends narration elsewhere (tests capture it); returns the previous sink. Resets step numbers. */
export function setNarrationSink(next: NarrationSink): NarrationSink {
  const previous = sink;
  sink = next;
  stepNumber = 0;
  return previous;
}

function quiet(): boolean {
  return process.env[QUIET_VARIABLE] === "1";
}

function paint(code: string, text: string): string {
  return sink.color ? `\u001b[${code}m${text}\u001b[0m` : text;
}

/**
 * Step-by-step output for runnable examples: what is sent and what comes back, readably, with
 * consumed capacity. Examples call `step` for each action and `show` for requests/responses.
 */
export function step(title: string): void {
  if (quiet()) return;
  stepNumber += 1;
  sink.write(`\n${paint("1;36", `${stepNumber}. ${title}`)}\n`);
}

/**
 * Prints a request, a response or any value under a label. SDK responses lose their `$metadata`
 * (request ids and retry counts say nothing about the pattern); their ConsumedCapacity is pulled
 * out onto its own highlighted line, since what an access pattern costs is half its story.
 */
export function show(label: string, value: unknown): void {
  if (quiet()) return;
  const { body, capacity } = splitCapacity(value);
  const text = renderValue(body, { indent: "   " });
  sink.write(`   ${paint("2", `${label}:`)} ${text}\n`);
  for (const line of capacity) sink.write(`   ${paint("1;33", `consumed capacity: ${line}`)}\n`);
}

function splitCapacity(value: unknown): { body: unknown; capacity: string[] } {
  if (typeof value !== "object" || value === null || Array.isArray(value) || value instanceof Set) {
    return { body: value, capacity: [] };
  }
  const { $metadata: _metadata, ConsumedCapacity, ...rest } = value as Record<string, unknown>;
  if (ConsumedCapacity === undefined) return { body: _metadata === undefined ? value : rest, capacity: [] };
  const entries = Array.isArray(ConsumedCapacity) ? ConsumedCapacity : [ConsumedCapacity];
  return { body: rest, capacity: entries.map((entry) => describeCapacity(entry as CapacityEntry)) };
}

interface CapacityEntry {
  TableName?: string;
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
  Table?: { CapacityUnits?: number };
  GlobalSecondaryIndexes?: Record<string, { CapacityUnits?: number }>;
  LocalSecondaryIndexes?: Record<string, { CapacityUnits?: number }>;
}

/** `2 units on Orders (read 0, write 2; table 1, index ByStatus 1)`. */
export function describeCapacity(entry: CapacityEntry): string {
  const units = entry.CapacityUnits ?? 0;
  const details: string[] = [];
  if (entry.ReadCapacityUnits !== undefined || entry.WriteCapacityUnits !== undefined) {
    details.push(`read ${entry.ReadCapacityUnits ?? 0}, write ${entry.WriteCapacityUnits ?? 0}`);
  }
  const parts: string[] = [];
  if (entry.Table?.CapacityUnits !== undefined) parts.push(`table ${entry.Table.CapacityUnits}`);
  for (const [kind, indexes] of [
    ["index", entry.GlobalSecondaryIndexes],
    ["local index", entry.LocalSecondaryIndexes],
  ] as const) {
    for (const [name, used] of Object.entries(indexes ?? {}))
      parts.push(`${kind} ${name} ${used.CapacityUnits ?? 0}`);
  }
  if (parts.length > 0) details.push(parts.join(", "));
  const unitWord = units === 1 ? "unit" : "units";
  return `${units} ${unitWord} on ${entry.TableName ?? "?"}${details.length ? ` (${details.join("; ")})` : ""}`;
}
