import { SerializationException } from "../errors/index.js";
import type { Shape, StructureShape } from "./shape.js";

/*
 * DynamoDB deserialises the whole request into its typed input before validating any constraint,
 * so a member of the wrong JSON type fails the request with a SerializationException whatever
 * else is wrong. Members the model does not know are ignored; a member set to null is absent.
 *
 * The texts are DynamoDB's own reader's (`NUMBER_VALUE cannot be converted to String`), which
 * differ from the generic AWS JSON reader other services use (`... can not be converted to a
 * String`). DynamoDB Local answers most of these with InternalFailure or coerces the value.
 */

const DYNAMODB_PACKAGE = "com.amazonaws.dynamodb.v20120810.";
const START_OF_STRUCTURE = "Start of structure or map found where not expected";
const UNEXPECTED_FIELD = "Unexpected field type";
/** What DynamoDB's reader leaks when a list or map nested in a list or map is a scalar. */
const PARAMETERIZED_SCALAR =
  "class sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl cannot be cast to class java.lang.Class " +
  "(sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl and java.lang.Class are in module java.base " +
  "of loader 'bootstrap')";

/** Whether a value sits in a member of a structure or inside a list or map. */
type Position = "member" | "element";

/** Throws SerializationException for the first member (in model order) of the wrong JSON type. */
export function checkSerialization(input: Record<string, unknown>, shape: StructureShape): void {
  checkStructureMembers(input, shape);
}

function checkStructureMembers(object: Record<string, unknown>, shape: StructureShape): void {
  for (const member of shape.members) {
    const value = object[member.name];
    if (value === undefined || value === null) continue;
    const converted = checkValue(value, member.shape, "member");
    if (converted !== value) object[member.name] = converted;
  }
}

/**
 * Checks one value and returns it as DynamoDB reads it: booleans spelled as strings become
 * booleans and fractional integers are truncated; anything else comes back as it was.
 */
function checkValue(value: unknown, shape: Shape, position: Position): unknown {
  switch (shape.kind) {
    case "string":
      if (typeof value !== "string") throw scalarMismatch(value, "String");
      return value;
    case "integer":
    case "long":
      if (typeof value !== "number")
        throw scalarMismatch(value, shape.kind === "integer" ? "Integer" : "Long");
      return Number.isInteger(value) ? value : Math.trunc(value);
    case "boolean":
      if (typeof value === "string") return booleanFromString(value);
      if (typeof value !== "boolean") throw scalarMismatch(value, "Boolean");
      return value;
    case "structure":
      checkStructureContainer(value, shape.name, position);
      checkStructureMembers(value as Record<string, unknown>, shape);
      return value;
    case "attributeValue":
      checkStructureContainer(value, "AttributeValue", position);
      return value;
    case "list":
      if (!Array.isArray(value)) {
        if (typeof value === "object") throw new SerializationException(START_OF_STRUCTURE);
        throw new SerializationException(position === "element" ? PARAMETERIZED_SCALAR : UNEXPECTED_FIELD);
      }
      checkElements(value, shape.member);
      return value;
    case "map":
      if (Array.isArray(value)) {
        throw new SerializationException(
          `Unrecognized collection type java.util.Map<java.lang.String, ${javaType(shape.value)}>`,
        );
      }
      if (typeof value !== "object") {
        throw new SerializationException(position === "element" ? PARAMETERIZED_SCALAR : UNEXPECTED_FIELD);
      }
      checkMapValues(value as Record<string, unknown>, shape.value);
      return value;
  }
}

function checkStructureContainer(value: unknown, className: string, position: Position): void {
  if (Array.isArray(value)) {
    throw new SerializationException(`Unrecognized collection type class ${DYNAMODB_PACKAGE}${className}`);
  }
  if (typeof value !== "object") {
    throw new SerializationException(
      position === "element" ? "Unexpected value type in payload" : UNEXPECTED_FIELD,
    );
  }
}

function checkElements(elements: unknown[], shape: Shape): void {
  // Attribute values are checked by the values layer, which words those errors itself.
  if (shape.kind === "attributeValue") return;
  for (let index = 0; index < elements.length; index++) {
    const element = elements[index];
    if (element === null || element === undefined) continue;
    const converted = checkValue(element, shape, "element");
    if (converted !== element) elements[index] = converted;
  }
}

function checkMapValues(entries: Record<string, unknown>, shape: Shape): void {
  if (shape.kind === "attributeValue") return;
  for (const key in entries) {
    const value = entries[key];
    if (value === null || value === undefined) continue;
    const converted = checkValue(value, shape, "element");
    if (converted !== value) entries[key] = converted;
  }
}

/** The Java type DynamoDB names for a map's values. */
function javaType(shape: Shape): string {
  switch (shape.kind) {
    case "structure":
      return DYNAMODB_PACKAGE + shape.name;
    case "attributeValue":
      return `${DYNAMODB_PACKAGE}AttributeValue`;
    case "list":
      return `java.util.List<${javaType(shape.member)}>`;
    case "map":
      return `java.util.Map<java.lang.String, ${javaType(shape.value)}>`;
    case "integer":
      return "java.lang.Integer";
    case "long":
      return "java.lang.Long";
    case "boolean":
      return "java.lang.Boolean";
    case "string":
      return "java.lang.String";
  }
}

/** `NUMBER_VALUE cannot be converted to String`, `STRING_VALUE cannot be converted to Integer`, ... */
function scalarMismatch(value: unknown, javaClass: string): SerializationException {
  if (Array.isArray(value)) {
    return new SerializationException(`Unrecognized collection type class java.lang.${javaClass}`);
  }
  if (typeof value === "object") return new SerializationException(START_OF_STRUCTURE);
  return new SerializationException(`${jsonTokenName(value)} cannot be converted to ${javaClass}`);
}

function jsonTokenName(value: unknown): string {
  if (typeof value === "number") return Number.isInteger(value) ? "NUMBER_VALUE" : "DECIMAL_VALUE";
  if (typeof value === "boolean") return value ? "TRUE_VALUE" : "FALSE_VALUE";
  return "STRING_VALUE";
}

/**
 * DynamoDB's reader takes a few spellings of a boolean out of a JSON string; any other string
 * is a SerializationException.
 */
function booleanFromString(text: string): boolean {
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "1" || upper === "YES") return true;
  if (upper === "FALSE" || upper === "0" || upper === "NO") return false;
  throw new SerializationException("Unexpected token received from parser");
}
