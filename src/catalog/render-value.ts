/**
 * Compact, readable text for document-form values: strings quoted, sets and binaries marked, short
 * maps and lists on one line. Used by the examples' narration and the generated README tables.
 */
export function renderValue(value: unknown, { width = 100, indent = "" }: RenderOptions = {}): string {
  const flat = renderFlat(value);
  if (flat.length + indent.length <= width || !isContainer(value)) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const lines = value.map((element) => `${inner}${renderValue(element, { width, indent: inner })}`);
    return `[\n${lines.join(",\n")}\n${indent}]`;
  }
  if (value instanceof Set) {
    const lines = [...value].map((element) => `${inner}${renderFlat(element)}`);
    return `${setName(value)}{\n${lines.join(",\n")}\n${indent}}`;
  }
  const lines = Object.entries(value as Record<string, unknown>)
    .filter(([, member]) => member !== undefined)
    .map(([key, member]) => `${inner}${renderKey(key)}: ${renderValue(member, { width, indent: inner })}`);
  return `{\n${lines.join(",\n")}\n${indent}}`;
}

export interface RenderOptions {
  /** Past this many characters, maps and lists break over lines. Default 100. */
  width?: number;
  indent?: string;
}

/** The same value on one line, whatever its length. */
export function renderFlat(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    return String(value);
  if (value instanceof Uint8Array)
    return `<binary ${value.length} B: ${Buffer.from(value).toString("base64")}>`;
  if (Array.isArray(value)) return `[${value.map(renderFlat).join(", ")}]`;
  if (value instanceof Set) return `${setName(value)}{${[...value].map(renderFlat).join(", ")}}`;
  if (isNumberValue(value)) return value.value;
  const members = Object.entries(value as Record<string, unknown>)
    .filter(([, member]) => member !== undefined)
    .map(([key, member]) => `${renderKey(key)}: ${renderFlat(member)}`);
  return members.length === 0 ? "{}" : `{ ${members.join(", ")} }`;
}

function isContainer(value: unknown): value is object {
  return (
    typeof value === "object" && value !== null && !(value instanceof Uint8Array) && !isNumberValue(value)
  );
}

/** lib-dynamodb's NumberValue (numbers too precise for a JavaScript number). */
function isNumberValue(value: unknown): value is { value: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    value.constructor?.name === "NumberValue" &&
    typeof (value as { value?: unknown }).value === "string"
  );
}

function setName(set: Set<unknown>): string {
  const first = set.values().next().value;
  if (typeof first === "number" || isNumberValue(first)) return "NS";
  if (first instanceof Uint8Array) return "BS";
  return "SS";
}

function renderKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key);
}
