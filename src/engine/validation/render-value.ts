import { lowerFirst, type Shape } from "./shape.js";

/*
 * DynamoDB quotes the offending value in a constraint violation the way its Java model prints it:
 * strings and numbers bare, lists as `[a, b]`, maps as `{k=v}`, structures as
 * `KeySchemaElement(attributeName=pk, keyType=HASH)` with every member (absent ones as `null`).
 */

/** The fields of an AttributeValue, in the order its Java form prints them. */
const ATTRIBUTE_VALUE_FIELDS = ["S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL"] as const;

export function renderValue(value: unknown, shape: Shape): string {
  if (value === undefined || value === null) return "null";
  switch (shape.kind) {
    case "string":
    case "integer":
    case "long":
    case "boolean":
      return String(value);
    case "list":
      return Array.isArray(value) ? renderList(value, shape.member) : String(value);
    case "map":
      return isObject(value) ? renderMap(value, shape.value) : String(value);
    case "structure": {
      if (!isObject(value)) return String(value);
      const parts = shape.members.map(
        (member) => `${member.pathName}=${renderValue(value[member.name], member.shape)}`,
      );
      return `${shape.name}(${parts.join(", ")})`;
    }
    case "attributeValue":
      return renderAttributeValue(value);
  }
}

function renderList(elements: readonly unknown[], shape: Shape): string {
  return `[${elements.map((element) => renderValue(element, shape)).join(", ")}]`;
}

function renderMap(entries: Record<string, unknown>, shape: Shape): string {
  const parts: string[] = [];
  for (const key in entries) parts.push(`${key}=${renderValue(entries[key], shape)}`);
  return `{${parts.join(", ")}}`;
}

function renderAttributeValue(value: unknown): string {
  if (!isObject(value)) return String(value);
  const parts = ATTRIBUTE_VALUE_FIELDS.map((field) => {
    const content = value[field];
    return `${javaFieldName(field)}=${renderAttributeValueContent(field, content)}`;
  });
  return `AttributeValue(${parts.join(", ")})`;
}

function renderAttributeValueContent(field: string, content: unknown): string {
  if (content === undefined || content === null) return "null";
  if (field === "M" && isObject(content)) {
    const parts: string[] = [];
    for (const key in content) parts.push(`${key}=${renderAttributeValue(content[key])}`);
    return `{${parts.join(", ")}}`;
  }
  if (field === "L" && Array.isArray(content)) {
    return `[${content.map((element) => renderAttributeValue(element)).join(", ")}]`;
  }
  if (Array.isArray(content)) return `[${content.map(String).join(", ")}]`;
  return String(content);
}

/** Java bean naming of an upper-case wire name: `S` → `s`, `SS` → `sS`, `NULL` → `nULL`. */
function javaFieldName(field: string): string {
  return lowerFirst(field);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
