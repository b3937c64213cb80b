import { SerializationException } from "../errors/index.js";
import type { Shape, StructureShape } from "./shape.js";

/*
 * DynamoDB deserialises the whole request into its typed input before validating any constraint,
 * so a member of the wrong JSON type fails the request with a SerializationException whatever
 * else is wrong. Members the model does not know are ignored; a member set to null is absent.
 */

const START_OF_LIST = "Start of list found where not expected";
const START_OF_STRUCTURE = "Start of structure or map found where not expected.";

/** Throws SerializationException for the first member (in model order) of the wrong JSON type. */
export function checkSerialization(input: Record<string, unknown>, shape: StructureShape): void {
  checkStructureMembers(input, shape);
}

function checkStructureMembers(object: Record<string, unknown>, shape: StructureShape): void {
  for (const member of shape.members) {
    const value = object[member.name];
    if (value === undefined || value === null) continue;
    if (member.shape.kind === "boolean" && typeof value === "string") {
      object[member.name] = booleanFromString(value);
      continue;
    }
    checkValue(value, member.shape);
  }
}

function checkValue(value: unknown, shape: Shape): void {
  switch (shape.kind) {
    case "string":
      if (typeof value !== "string") throw new SerializationException(scalarMismatch(value, "a String"));
      return;
    case "integer":
      if (typeof value !== "number") throw new SerializationException(scalarMismatch(value, "an Integer"));
      return;
    case "long":
      if (typeof value !== "number") throw new SerializationException(scalarMismatch(value, "a Long"));
      return;
    case "boolean":
      if (typeof value !== "boolean") throw new SerializationException(scalarMismatch(value, "a Boolean"));
      return;
    case "structure":
      if (!isObject(value)) throw new SerializationException(containerMismatch(value, "Expected null"));
      checkStructureMembers(value, shape);
      return;
    case "attributeValue":
      if (!isObject(value)) throw new SerializationException(containerMismatch(value, "Expected null"));
      return;
    case "list":
      if (!Array.isArray(value)) {
        throw new SerializationException(isObject(value) ? START_OF_STRUCTURE : "Expected list or null");
      }
      checkListElements(value, shape.member);
      return;
    case "map":
      if (!isObject(value))
        throw new SerializationException(containerMismatch(value, "Expected map or null"));
      checkMapValues(value, shape.value);
      return;
  }
}

function checkListElements(elements: unknown[], shape: Shape): void {
  if (shape.kind === "attributeValue") return;
  for (let index = 0; index < elements.length; index++) {
    const element = elements[index];
    if (element === null || element === undefined) continue;
    if (shape.kind === "boolean" && typeof element === "string") {
      elements[index] = booleanFromString(element);
      continue;
    }
    checkValue(element, shape);
  }
}

function checkMapValues(entries: Record<string, unknown>, shape: Shape): void {
  // Attribute values are checked by the values layer, which words those errors itself.
  if (shape.kind === "attributeValue") return;
  for (const key in entries) {
    const value = entries[key];
    if (value === null || value === undefined) continue;
    if (shape.kind === "boolean" && typeof value === "string") {
      entries[key] = booleanFromString(value);
      continue;
    }
    checkValue(value, shape);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `NUMBER_VALUE can not be converted to a String`, `STRING_VALUE can not be converted to an Integer`, ... */
function scalarMismatch(value: unknown, target: string): string {
  if (Array.isArray(value)) return START_OF_LIST;
  if (typeof value === "object") return START_OF_STRUCTURE;
  // The "an" before Boolean is how DynamoDB spells it.
  const article = target === "a Boolean" && typeof value === "string" ? "an Boolean" : target;
  return `${jsonTokenName(value)} can not be converted to ${article}`;
}

function containerMismatch(value: unknown, scalarMessage: string): string {
  return Array.isArray(value) ? START_OF_LIST : scalarMessage;
}

function jsonTokenName(value: unknown): string {
  if (typeof value === "number") return Number.isInteger(value) ? "NUMBER_VALUE" : "DECIMAL_VALUE";
  if (typeof value === "boolean") return value ? "TRUE_VALUE" : "FALSE_VALUE";
  return "STRING_VALUE";
}

/**
 * DynamoDB's deserialiser reads a few spellings of a boolean out of a JSON string; any other string
 * is a SerializationException.
 */
function booleanFromString(text: string): boolean {
  const lowered = text.toLowerCase();
  if (lowered === "true" || lowered === "1" || lowered === "yes") return true;
  if (lowered === "false" || lowered === "0" || lowered === "no") return false;
  throw new SerializationException("STRING_VALUE can not be converted to an Boolean");
}
