/**
 * A small declarative description of an operation's input, close to DynamoDB's service model:
 * member names, JSON types, required flags and the length / range / pattern / enum constraints
 * its request validator enforces. Shapes are built once at module load; validating a request only
 * reads them.
 */

export interface Pattern {
  /** The pattern as DynamoDB prints it in `Member must satisfy regular expression pattern: ...`. */
  readonly source: string;
  readonly regex: RegExp;
}

export interface StringShape {
  readonly kind: "string";
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: Pattern;
  /** Allowed values, in the order DynamoDB lists them in its enum message. */
  readonly enumValues?: readonly string[];
  /** A table name or table ARN: validated by the table-name rules instead of min/max/pattern. */
  readonly tableNameOrArn?: boolean;
}

export interface NumberShape {
  readonly kind: "integer" | "long";
  readonly min?: number;
  readonly max?: number;
}

export interface BooleanShape {
  readonly kind: "boolean";
}

export interface ListShape {
  readonly kind: "list";
  readonly member: Shape;
  readonly min?: number;
  readonly max?: number;
}

export interface MapShape {
  readonly kind: "map";
  readonly value: Shape;
  readonly min?: number;
  readonly max?: number;
  /** Keys are table names: each bad key is reported with the `Map keys must satisfy` form. */
  readonly tableNameKeys?: boolean;
  /** Length bounds on each (list) value, reported once for the whole map (`Map value must satisfy`). */
  readonly valueLength?: { readonly min: number; readonly max: number };
}

export interface StructureShape {
  readonly kind: "structure";
  /** The class name DynamoDB prints when it renders the structure in a message. */
  readonly name: string;
  readonly members: readonly Member[];
}

/** An AttributeValue: only its JSON container is checked here, its contents by the values layer. */
export interface AttributeValueShape {
  readonly kind: "attributeValue";
}

export type Shape =
  StringShape | NumberShape | BooleanShape | ListShape | MapShape | StructureShape | AttributeValueShape;

/**
 * How DynamoDB words a violation on one member. Most members use the coral form
 * `Value '<value>' at '<path>'`; a few are reported as `Value at '<WirePath>'`, without the value
 * and with the member names spelled as on the wire.
 */
export type ViolationStyle = "coral" | "unvaluedWirePath";

export interface Member {
  /** The member name on the wire (`TableName`). */
  readonly name: string;
  /** The name in violation paths (`tableName`): the wire name with a lower-case first letter. */
  readonly pathName: string;
  readonly shape: Shape;
  readonly required: boolean;
  readonly style: ViolationStyle;
}

export function pattern(source: string): Pattern {
  return { source, regex: new RegExp(`^(?:${source})$`, "u") };
}

export function string(constraints: Omit<StringShape, "kind"> = {}): StringShape {
  return { kind: "string", ...constraints };
}

export function enumeration(values: readonly string[]): StringShape {
  return { kind: "string", enumValues: values };
}

export function integer(min?: number, max?: number): NumberShape {
  return { kind: "integer", min, max };
}

export function long(min?: number, max?: number): NumberShape {
  return { kind: "long", min, max };
}

export const BOOLEAN: BooleanShape = { kind: "boolean" };
export const ATTRIBUTE_VALUE: AttributeValueShape = { kind: "attributeValue" };
export const PLAIN_STRING: StringShape = { kind: "string" };

export function list(member: Shape, min?: number, max?: number): ListShape {
  return { kind: "list", member, min, max };
}

export function map(value: Shape, options: Omit<MapShape, "kind" | "value"> = {}): MapShape {
  return { kind: "map", value, ...options };
}

export function structure(name: string, members: readonly Member[]): StructureShape {
  return { kind: "structure", name, members };
}

export function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function member(name: string, shape: Shape, required: boolean, style: ViolationStyle): Member {
  return { name, pathName: lowerFirst(name), shape, required, style };
}

/** A member DynamoDB reports as `Value null at '...' failed to satisfy constraint: Member must not be null`. */
export function required(name: string, shape: Shape, style: ViolationStyle = "coral"): Member {
  return member(name, shape, true, style);
}

export function optional(name: string, shape: Shape, style: ViolationStyle = "coral"): Member {
  return member(name, shape, false, style);
}
