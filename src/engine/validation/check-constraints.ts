import { renderValue } from "./render-value.js";
import type {
  ListShape,
  MapShape,
  Member,
  NumberShape,
  Shape,
  StringShape,
  StructureShape,
} from "./shape.js";

/*
 * The coral constraint pass: walks members in model order and collects one violation per failed
 * constraint, `Value '<value>' at '<path>' failed to satisfy constraint: <constraint>`. Paths use
 * the lower-camel member names, `.N.member` for the N-th (1-based) list element and
 * `.<key>.member` for a map entry. Runs only on input that passed the serialization check.
 */

/** DynamoDB stops collecting after this many violations. */
export const MAX_VIOLATIONS = 10;

const TABLE_NAME_PATTERN = /^[a-zA-Z0-9_.-]+$/u;
const TABLE_NAME_PATTERN_SOURCE = "[a-zA-Z0-9_.-]+";
const TABLE_NAME_KEYS_CONSTRAINT =
  "Map keys must satisfy constraint: [Member must have length less than or equal to 255, " +
  "Member must have length greater than or equal to 3, " +
  `Member must satisfy regular expression pattern: ${TABLE_NAME_PATTERN_SOURCE}]`;

/** Where a member sits: its coral path and its wire-spelled path (for `unvaluedWirePath`). */
interface Location {
  readonly path: string;
  readonly wirePath: string;
}

export class ViolationCollector {
  readonly violations: string[] = [];

  get full(): boolean {
    return this.violations.length >= MAX_VIOLATIONS;
  }

  add(member: Member, value: unknown, location: Location, constraint: string): void {
    if (this.full) return;
    if (member.style === "unvaluedWirePath") {
      this.violations.push(`Value at '${location.wirePath}' failed to satisfy constraint: ${constraint}`);
      return;
    }
    const rendered = value === undefined || value === null ? "null" : `'${renderValue(value, member.shape)}'`;
    this.violations.push(
      `Value ${rendered} at '${location.path}' failed to satisfy constraint: ${constraint}`,
    );
  }
}

/** Checks the members of a structure, skipping those listed in `skip`. */
export function checkMembers(
  object: Record<string, unknown>,
  shape: StructureShape,
  parent: Location | undefined,
  collector: ViolationCollector,
  skip?: readonly string[],
): void {
  for (const member of shape.members) {
    if (collector.full) return;
    if (skip !== undefined && skip.includes(member.name)) continue;
    checkMember(member, object[member.name], parent, collector);
  }
}

export function checkMember(
  member: Member,
  value: unknown,
  parent: Location | undefined,
  collector: ViolationCollector,
): void {
  if (value === undefined || value === null) {
    if (member.required) collector.add(member, null, locate(member, parent), "Member must not be null");
    return;
  }
  const shape = member.shape;
  switch (shape.kind) {
    case "string":
      checkString(member, shape, value as string, parent, collector);
      return;
    case "integer":
    case "long":
      checkNumber(member, shape, value as number, parent, collector);
      return;
    case "list":
      checkList(member, shape, value as unknown[], parent, collector);
      return;
    case "map":
      checkMap(member, shape, value as Record<string, unknown>, parent, collector);
      return;
    case "structure":
      checkMembers(
        value as Record<string, unknown>,
        shape,
        childLocation(locate(member, parent), ""),
        collector,
      );
      return;
    case "boolean":
    case "attributeValue":
      return;
  }
}

function locate(member: Member, parent: Location | undefined): Location {
  if (parent === undefined) return { path: member.pathName, wirePath: member.name };
  return { path: `${parent.path}.${member.pathName}`, wirePath: `${parent.wirePath}.${member.name}` };
}

/** The location that a structure's members hang from; `suffix` is `.N.member` or `.<key>.member`. */
function childLocation(location: Location, suffix: string): Location {
  return { path: location.path + suffix, wirePath: location.wirePath + suffix };
}

function checkString(
  member: Member,
  shape: StringShape,
  value: string,
  parent: Location | undefined,
  collector: ViolationCollector,
): void {
  if (shape.tableNameOrArn === true) {
    checkTableName(member, value, parent, collector);
    return;
  }
  if (shape.enumValues !== undefined) {
    if (!shape.enumValues.includes(value)) {
      collector.add(
        member,
        value,
        locate(member, parent),
        `Member must satisfy enum value set: [${shape.enumValues.join(", ")}]`,
      );
    }
    return;
  }
  if (shape.pattern !== undefined && !shape.pattern.regex.test(value)) {
    collector.add(
      member,
      value,
      locate(member, parent),
      `Member must satisfy regular expression pattern: ${shape.pattern.source}`,
    );
  }
  checkLength(member, shape.min, shape.max, value.length, value, parent, collector);
}

/**
 * A table name or ARN. An empty value fails only the minimum length of 1; an ARN only its maximum
 * of 1024; a name must match the name pattern and be 3 to 255 characters long.
 */
function checkTableName(
  member: Member,
  value: string,
  parent: Location | undefined,
  collector: ViolationCollector,
): void {
  const length = value.length;
  if (length === 0) {
    collector.add(
      member,
      value,
      locate(member, parent),
      "Member must have length greater than or equal to 1",
    );
    return;
  }
  if (value.startsWith("arn:")) {
    checkLength(member, undefined, 1024, length, value, parent, collector);
    return;
  }
  if (!TABLE_NAME_PATTERN.test(value)) {
    collector.add(
      member,
      value,
      locate(member, parent),
      `Member must satisfy regular expression pattern: ${TABLE_NAME_PATTERN_SOURCE}`,
    );
  }
  checkLength(member, 3, 255, length, value, parent, collector);
}

function checkLength(
  member: Member,
  min: number | undefined,
  max: number | undefined,
  length: number,
  value: unknown,
  parent: Location | undefined,
  collector: ViolationCollector,
): void {
  if (min !== undefined && length < min) {
    collector.add(
      member,
      value,
      locate(member, parent),
      `Member must have length greater than or equal to ${min}`,
    );
  }
  if (max !== undefined && length > max) {
    collector.add(
      member,
      value,
      locate(member, parent),
      `Member must have length less than or equal to ${max}`,
    );
  }
}

function checkNumber(
  member: Member,
  shape: NumberShape,
  value: number,
  parent: Location | undefined,
  collector: ViolationCollector,
): void {
  if (shape.min !== undefined && value < shape.min) {
    collector.add(
      member,
      value,
      locate(member, parent),
      `Member must have value greater than or equal to ${shape.min}`,
    );
  }
  if (shape.max !== undefined && value > shape.max) {
    collector.add(
      member,
      value,
      locate(member, parent),
      `Member must have value less than or equal to ${shape.max}`,
    );
  }
}

function checkList(
  member: Member,
  shape: ListShape,
  value: unknown[],
  parent: Location | undefined,
  collector: ViolationCollector,
): void {
  checkLength(member, shape.min, shape.max, value.length, value, parent, collector);
  const elementShape = shape.member;
  if (!hasConstraints(elementShape)) return;
  const location = locate(member, parent);
  for (let index = 0; index < value.length; index++) {
    if (collector.full) return;
    checkElement(elementShape, value[index], childLocation(location, `.${index + 1}`), collector);
  }
}

function checkMap(
  member: Member,
  shape: MapShape,
  value: Record<string, unknown>,
  parent: Location | undefined,
  collector: ViolationCollector,
): void {
  const keys = Object.keys(value);
  checkLength(member, shape.min, shape.max, keys.length, value, parent, collector);
  if (shape.tableNameKeys === true) {
    for (const key of keys) {
      if (key.startsWith("arn:")) continue;
      if (key.length < 3 || key.length > 255 || !TABLE_NAME_PATTERN.test(key)) {
        collector.add(member, value, locate(member, parent), TABLE_NAME_KEYS_CONSTRAINT);
      }
    }
  }
  const valueLength = shape.valueLength;
  if (valueLength !== undefined) {
    for (const key of keys) {
      const entry = value[key];
      const length = Array.isArray(entry) ? entry.length : 0;
      if (length < valueLength.min || length > valueLength.max) {
        collector.add(
          member,
          value,
          locate(member, parent),
          "Map value must satisfy constraint: [" +
            `Member must have length less than or equal to ${valueLength.max}, ` +
            `Member must have length greater than or equal to ${valueLength.min}]`,
        );
        break;
      }
    }
  }
  if (!hasConstraints(shape.value)) return;
  const location = locate(member, parent);
  for (const key of keys) {
    if (collector.full) return;
    checkElement(shape.value, value[key], childLocation(location, `.${key}`), collector);
  }
}

/** A list element or map value: reported at `<container path>.<index or key>.member`. */
function checkElement(shape: Shape, value: unknown, location: Location, collector: ViolationCollector): void {
  if (value === undefined || value === null) return;
  if (shape.kind === "structure") {
    checkMembers(value as Record<string, unknown>, shape, childLocation(location, ".member"), collector);
    return;
  }
  checkMember(elementMember(shape), value, location, collector);
}

const ELEMENT_MEMBERS = new WeakMap<Shape, Member>();

/** A stand-in member for a scalar or container element, named `member` in paths. */
function elementMember(shape: Shape): Member {
  let member = ELEMENT_MEMBERS.get(shape);
  if (member === undefined) {
    member = { name: "member", pathName: "member", shape, required: false, style: "coral" };
    ELEMENT_MEMBERS.set(shape, member);
  }
  return member;
}

/** Whether anything inside values of this shape can fail a constraint (skips walking item maps). */
function hasConstraints(shape: Shape): boolean {
  switch (shape.kind) {
    case "boolean":
    case "attributeValue":
      return false;
    case "string":
      return (
        shape.min !== undefined ||
        shape.max !== undefined ||
        shape.pattern !== undefined ||
        shape.enumValues !== undefined ||
        shape.tableNameOrArn === true
      );
    case "integer":
    case "long":
      return shape.min !== undefined || shape.max !== undefined;
    default:
      return true;
  }
}
