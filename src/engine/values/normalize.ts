import { DynamoDBError, ValidationException, invalidParameter } from "../errors/index.js";
import type { AttributeValue, Item } from "./attribute-value.js";
import { normalizeNumber, numberConversionError } from "./number.js";
import { utf8Length } from "./size.js";
import {
  checkAttributeValueWireTypes,
  checkItemWireTypes,
  checkBase64,
  expectBlob,
  expectBoolean,
  expectList,
  expectMap,
  expectString,
  expectValueStruct,
} from "./wire-types.js";

/** Where a value came from: DynamoDB words its errors differently for each. */
export type ValueContext =
  { kind: "item" } | { kind: "key" } | { kind: "expressionValue"; placeholder: string };

/**
 * Containers may sit at most 31 levels deep (a top-level attribute is level 1), so a scalar can
 * be reached at level 32: measured on DynamoDB Local, which matches the documented limit of 32
 * nested levels.
 */
const MAX_CONTAINER_LEVEL = 31;
const MAX_NAME_BYTES = 65535;

const EMPTY_VALUE = "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes";
const MANY_TYPES =
  "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes";
const NESTING =
  "Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit";
const NULL_MEMBER = "The supplied Item contains a null AttributeValue";

/**
 * Checks a value from a request against DynamoDB's rules (one type member, well-formed numbers,
 * non-empty sets without duplicates, NULL true, ...) and returns it normalised (numbers canonical).
 * Throws DynamoDB's exception and message for the first problem.
 *
 * The same object comes back when it is already normal. Members DynamoDB does not know, and
 * members set to JSON null, are ignored as DynamoDB ignores them. A wrongly typed JSON member
 * (`{"S": 5}`) is a SerializationException, which DynamoDB raises while reading the request and
 * so before any validation error anywhere in the value.
 *
 * In the `key` context empty strings and binaries are accepted here: the key checks that know
 * the schema reject them with the key-specific messages.
 */
export function normalizeAttributeValue(value: unknown, context: ValueContext): AttributeValue {
  try {
    if (value === null || value === undefined) throw new ValidationException(EMPTY_VALUE);
    return normalizeValue(expectValueStruct(value), 1);
  } catch (error) {
    throw contextual(error, context, () => checkAttributeValueWireTypes(value));
  }
}

/** normalizeAttributeValue over every attribute of an item. */
export function normalizeItem(item: unknown, context: ValueContext): Item {
  try {
    return normalizeAttributes(expectMap(item), 1) as Item;
  } catch (error) {
    throw contextual(error, context, () => checkItemWireTypes(item));
  }
}

/**
 * A validation problem found part-way loses to a serialization problem anywhere in the value,
 * and expression values carry the placeholder in their message.
 */
function contextual(error: unknown, context: ValueContext, checkWireTypes: () => void): unknown {
  if (!(error instanceof DynamoDBError) || error.type !== "ValidationException") return error;
  checkWireTypes();
  if (context.kind !== "expressionValue") return error;
  return new ValidationException(
    `ExpressionAttributeValues contains invalid value: ${error.message} for key ${context.placeholder}`,
  );
}

function checkName(name: string): void {
  if (name === "") throw new ValidationException("Empty attribute name");
  // Only long names can exceed the limit; a UTF-16 unit is at most 3 UTF-8 bytes.
  if (name.length * 3 > MAX_NAME_BYTES && utf8Length(name) > MAX_NAME_BYTES) {
    throw new ValidationException("Attribute name is too large, must be less than 65536 bytes");
  }
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/** Normalises the values of an item or of an M; returns the same object when nothing changed. */
function normalizeAttributes(map: Record<string, unknown>, level: number): Record<string, AttributeValue> {
  let copy: Record<string, AttributeValue> | undefined;
  const names = Object.keys(map);
  for (let index = 0; index < names.length; index++) {
    const name = names[index]!;
    checkName(name);
    const raw = map[name];
    if (raw === null || raw === undefined) throw new ValidationException(`${NULL_MEMBER}: ${name} is null`);
    const normal = normalizeValue(expectValueStruct(raw), level);
    if (normal !== raw && copy === undefined) {
      copy = {};
      for (let earlier = 0; earlier < index; earlier++) {
        setOwn(copy, names[earlier]!, map[names[earlier]!]);
      }
    }
    if (copy !== undefined) setOwn(copy, name, normal);
  }
  return copy ?? (map as Record<string, AttributeValue>);
}

function hasOneMember(raw: Record<string, unknown>): boolean {
  let members = 0;
  for (const _type in raw) if (++members > 1) return false;
  return true;
}

/** The common scalars, already well-formed, pass without allocating. */
function normalScalar(raw: Record<string, unknown>): AttributeValue | undefined {
  if (!hasOneMember(raw)) return undefined;
  if (typeof raw.S === "string" || typeof raw.BOOL === "boolean") return raw as AttributeValue;
  const number = raw.N;
  if (typeof number === "string") {
    const canonical = normalizeNumber(number);
    return canonical === number ? (raw as AttributeValue) : { N: canonical };
  }
  return undefined;
}

function normalizeValue(raw: Record<string, unknown>, level: number): AttributeValue {
  const scalar = normalScalar(raw);
  if (scalar !== undefined) return scalar;
  let result: AttributeValue | undefined;
  let types = 0;
  let changed = false;
  for (const type in raw) {
    const member = raw[type];
    if (member === null || member === undefined) {
      changed = true;
      continue;
    }
    let normal: AttributeValue;
    switch (type) {
      case "S":
        normal = { S: expectString(member) };
        break;
      case "N": {
        const text = expectString(member);
        const canonical = normalizeNumber(text);
        if (canonical !== text) changed = true;
        normal = { N: canonical };
        break;
      }
      case "B":
        normal = { B: checkBase64(expectBlob(member)) };
        break;
      case "BOOL":
        normal = { BOOL: expectBoolean(member) };
        break;
      case "NULL":
        if (!expectBoolean(member))
          throw invalidParameter("Null attribute value types must have the value of true");
        normal = { NULL: true };
        break;
      case "SS":
        normal = { SS: checkStringSet(expectList(member)) };
        break;
      case "NS": {
        const members = expectList(member);
        const canonical = normalizeNumberSet(members);
        if (canonical !== members) changed = true;
        normal = { NS: canonical };
        break;
      }
      case "BS":
        normal = { BS: checkBinarySet(expectList(member)) };
        break;
      case "L": {
        if (level > MAX_CONTAINER_LEVEL) throw new ValidationException(NESTING);
        const elements = expectList(member);
        const list = normalizeList(elements, level + 1);
        if (list !== elements) changed = true;
        normal = { L: list };
        break;
      }
      case "M": {
        if (level > MAX_CONTAINER_LEVEL) throw new ValidationException(NESTING);
        const entries = expectMap(member);
        const map = normalizeAttributes(entries, level + 1);
        if (map !== entries) changed = true;
        normal = { M: map };
        break;
      }
      default:
        changed = true;
        continue;
    }
    types++;
    result = normal;
  }
  if (types === 0) throw new ValidationException(EMPTY_VALUE);
  if (types > 1) throw new ValidationException(MANY_TYPES);
  return changed ? result! : (raw as AttributeValue);
}

function normalizeList(elements: unknown[], level: number): AttributeValue[] {
  let copy: AttributeValue[] | undefined;
  for (let index = 0; index < elements.length; index++) {
    const raw = elements[index];
    if (raw === null || raw === undefined) throw new ValidationException(NULL_MEMBER);
    const normal = normalizeValue(expectValueStruct(raw), level);
    if (normal !== raw && copy === undefined) copy = elements.slice(0, index) as AttributeValue[];
    if (copy !== undefined) copy.push(normal);
  }
  return copy ?? (elements as AttributeValue[]);
}

function hasDuplicates(members: string[]): boolean {
  if (members.length < 2) return false;
  if (members.length === 2) return members[0] === members[1];
  return new Set(members).size !== members.length;
}

function checkStringSet(members: unknown[]): string[] {
  if (members.length === 0) throw invalidParameter("An string set  may not be empty");
  for (const member of members) {
    if (member === null || member === undefined) {
      throw invalidParameter("An string set may not have a null string as a member");
    }
    expectString(member);
  }
  const strings = members as string[];
  if (hasDuplicates(strings)) {
    throw invalidParameter(`Input collection [${strings.join(", ")}] contains duplicates.`);
  }
  return strings;
}

/** Numbers in a set are duplicates when equal in value (`1` and `1.0`). */
function normalizeNumberSet(members: unknown[]): string[] {
  if (members.length === 0) throw invalidParameter("An number set  may not be empty");
  let copy: string[] | undefined;
  for (let index = 0; index < members.length; index++) {
    const member = members[index];
    if (member === null || member === undefined) throw numberConversionError("");
    const text = expectString(member);
    const canonical = normalizeNumber(text);
    if (canonical !== text && copy === undefined) copy = members.slice(0, index) as string[];
    if (copy !== undefined) copy.push(canonical);
  }
  const canonical = copy ?? (members as string[]);
  if (hasDuplicates(canonical)) throw new ValidationException("Input collection contains duplicates");
  return canonical;
}

function checkBinarySet(members: unknown[]): string[] {
  if (members.length === 0) throw invalidParameter("Binary sets should not be empty");
  for (const member of members) {
    if (member === null || member === undefined) throw new ValidationException(NULL_MEMBER);
    checkBase64(expectBlob(member));
  }
  const binaries = members as string[];
  // Canonical base64 has one spelling per byte string, so equal text is equal bytes.
  if (hasDuplicates(binaries)) {
    throw invalidParameter(`Input collection [${binaries.join(", ")}]of type BS contains duplicates.`);
  }
  return binaries;
}
