/**
 * Binds parsed expressions to one request's ExpressionAttributeNames / ExpressionAttributeValues.
 *
 * DynamoDB's order of checks, observed on every expression-bearing operation:
 * 1. the maps themselves (`ExpressionAttributeBinder` constructor): names empty, names keys,
 *    values empty, values keys, each value, each name — before any expression is parsed;
 * 2. each expression in turn, parsed then bound: all undefined `#names` (first in text order),
 *    then all undefined `:values`, then the checks that need resolved paths and values
 *    (see bind-checks.ts); expressions are taken Update, Condition, Filter, Projection,
 *    KeyCondition — a syntax error in a later expression loses to a binding error in an earlier;
 * 3. unused names, then unused values, over the whole request (`assertAllUsed`);
 * 4. for UpdateItem, updates of key attributes (`assertKeyAttributesUntouched`).
 */
import { ValidationException, invalidParameter } from "../../errors/index.js";
import type { AttributeValue } from "../../values/attribute-value.js";
import { normalizeAttributeValue } from "../../values/normalize.js";
import type {
  ConditionNode,
  ExpressionKind,
  OperandNode,
  PathNode,
  ProjectionNode,
  UpdateNode,
} from "../ast.js";
import {
  checkCondition,
  checkUpdate,
  checkUniquePaths,
  expressionError,
  updatePaths,
} from "./bind-checks.js";
import type { BoundCondition, BoundOperand, BoundPath, BoundProjection, BoundUpdate } from "./bound.js";
import { javaHashMapOrder } from "./java-hash-order.js";
import { compileProjection } from "./projection.js";

export type ConditionKind = "ConditionExpression" | "FilterExpression" | "KeyConditionExpression";

const NAME_KEY = /^#[A-Za-z0-9_]+$/;
const VALUE_KEY = /^:[A-Za-z0-9_]+$/;

export class ExpressionAttributeBinder {
  private readonly names: Record<string, string>;
  private readonly nameCount: number;
  private readonly values: Map<string, AttributeValue>;
  private readonly usedNames = new Set<string>();
  private readonly usedValues = new Set<string>();
  private missingName: string | undefined;
  private missingValue: string | undefined;
  private kind: ExpressionKind = "ConditionExpression";

  constructor(names: Record<string, string> | undefined, values: Record<string, unknown> | undefined) {
    const nameKeys = names === undefined ? [] : Object.keys(names);
    const valueKeys = values === undefined ? [] : Object.keys(values);
    if (names !== undefined && nameKeys.length === 0) {
      throw new ValidationException("ExpressionAttributeNames must not be empty");
    }
    for (const key of nameKeys) {
      if (!NAME_KEY.test(key)) {
        throw new ValidationException(
          `ExpressionAttributeNames contains invalid key: Syntax error; key: "${key}"`,
        );
      }
    }
    if (values !== undefined && valueKeys.length === 0) {
      throw new ValidationException("ExpressionAttributeValues must not be empty");
    }
    for (const key of valueKeys) {
      if (!VALUE_KEY.test(key)) {
        throw new ValidationException(
          `ExpressionAttributeValues contains invalid key: Syntax error; key: "${key}"`,
        );
      }
    }
    this.values = new Map();
    for (const key of valueKeys) {
      this.values.set(
        key,
        normalizeAttributeValue(values![key], { kind: "expressionValue", placeholder: key }),
      );
    }
    for (const key of nameKeys) {
      if (names![key] === "") {
        throw new ValidationException(
          `ExpressionAttributeNames contains invalid value: Empty attribute name for key ${key}`,
        );
      }
    }
    this.names = names ?? {};
    this.nameCount = nameKeys.length;
  }

  /**
   * A binder for trees translated from legacy parameters (Expected, AttributeUpdates, ...): their
   * values were checked by the translation, and their private placeholders (`:expected.0`) are
   * deliberately outside expression syntax so no expression can name them.
   */
  static forLegacyValues(values: Record<string, AttributeValue>): ExpressionAttributeBinder {
    const binder = new ExpressionAttributeBinder(undefined, undefined);
    for (const key in values) binder.values.set(key, values[key]!);
    return binder;
  }

  bindCondition(node: ConditionNode, kind: ConditionKind): BoundCondition {
    this.kind = kind;
    const bound = this.condition(node);
    this.throwIfUnresolved(kind);
    checkCondition(bound, kind);
    return bound;
  }

  bindUpdate(node: UpdateNode): BoundUpdate {
    this.kind = "UpdateExpression";
    const bound: BoundUpdate = {
      set: node.set.map((action) => ({ path: this.path(action.path), value: this.operand(action.value) })),
      remove: node.remove.map((path) => this.path(path)),
      add: node.add.map((action) => ({
        path: this.path(action.path),
        value: this.setOperand(action.value, "ADD"),
      })),
      delete: node.delete.map((action) => ({
        path: this.path(action.path),
        value: this.setOperand(action.value, "DELETE"),
      })),
    };
    this.throwIfUnresolved("UpdateExpression");
    checkUpdate(bound);
    return bound;
  }

  bindProjection(node: ProjectionNode): BoundProjection {
    this.kind = "ProjectionExpression";
    const paths = node.map((path) => this.path(path));
    this.throwIfUnresolved("ProjectionExpression");
    checkUniquePaths(paths, "ProjectionExpression");
    return compileProjection(paths);
  }

  /** Every name and value sent must be used by some expression of the request. */
  assertAllUsed(): void {
    // The order of the keys matters only for the message; most requests use every key.
    if (this.usedNames.size === this.nameCount && this.usedValues.size === this.values.size) return;
    const unusedNames = javaHashMapOrder(Object.keys(this.names)).filter((key) => !this.usedNames.has(key));
    if (unusedNames.length > 0) {
      throw new ValidationException(
        `Value provided in ExpressionAttributeNames unused in expressions: keys: {${unusedNames.join(", ")}}`,
      );
    }
    const unusedValues = javaHashMapOrder([...this.values.keys()]).filter((key) => !this.usedValues.has(key));
    if (unusedValues.length > 0) {
      throw new ValidationException(
        `Value provided in ExpressionAttributeValues unused in expressions: keys: {${unusedValues.join(", ")}}`,
      );
    }
  }

  private pathArgument(operand: BoundOperand | undefined, name: string): BoundPath {
    if (operand?.kind === "path") return operand.path;
    throw expressionError(
      this.kind,
      `Operator or function requires a document path; operator or function: ${name}`,
    );
  }

  private throwIfUnresolved(kind: ExpressionKind): void {
    const missingName = this.missingName;
    const missingValue = this.missingValue;
    this.missingName = this.missingValue = undefined;
    if (missingName !== undefined) {
      throw expressionError(
        kind,
        `An expression attribute name used in the document path is not defined; attribute name: ${missingName}`,
      );
    }
    if (missingValue !== undefined) {
      throw expressionError(
        kind,
        `An expression attribute value used in expression is not defined; attribute value: ${missingValue}`,
      );
    }
  }

  private path(node: PathNode): BoundPath {
    const path: (string | number)[] = new Array(node.elements.length);
    for (let i = 0; i < node.elements.length; i++) {
      const element = node.elements[i]!;
      if (element.kind === "index") {
        path[i] = element.index;
      } else if (!element.placeholder) {
        path[i] = element.name;
      } else {
        const resolved = this.names[element.name];
        if (resolved === undefined || !Object.hasOwn(this.names, element.name)) {
          this.missingName ??= element.name;
          path[i] = element.name;
        } else {
          this.usedNames.add(element.name);
          path[i] = resolved;
        }
      }
    }
    return path;
  }

  private value(placeholder: string): AttributeValue {
    const value = this.values.get(placeholder);
    if (value === undefined) {
      this.missingValue ??= placeholder;
      return { NULL: true };
    }
    this.usedValues.add(placeholder);
    return value;
  }

  private setOperand(node: OperandNode, operator: "ADD" | "DELETE"): AttributeValue {
    if (node.kind !== "value") {
      throw expressionError("UpdateExpression", `Syntax error; token: "${operator}", near: "${operator}"`);
    }
    return this.value(node.placeholder);
  }

  private operand(node: OperandNode): BoundOperand {
    switch (node.kind) {
      case "path":
        return { kind: "path", path: this.path(node) };
      case "value":
        return { kind: "value", value: this.value(node.placeholder) };
      case "arithmetic":
        return {
          kind: "arithmetic",
          operator: node.operator,
          left: this.operand(node.left),
          right: this.operand(node.right),
        };
      case "function": {
        const args = node.args.map((arg) => this.operand(arg));
        if (node.name === "size") return { kind: "size", operand: args[0]! };
        if (node.name === "if_not_exists") {
          return { kind: "if_not_exists", path: this.pathArgument(args[0], node.name), fallback: args[1]! };
        }
        if (node.name === "list_append") return { kind: "list_append", left: args[0]!, right: args[1]! };
        throw expressionError(
          this.kind,
          `The function is not allowed to be used this way in an expression; function: ${node.name}`,
        );
      }
    }
  }

  private condition(node: ConditionNode): BoundCondition {
    switch (node.kind) {
      case "comparison":
        return {
          kind: "comparison",
          operator: node.operator,
          left: this.operand(node.left),
          right: this.operand(node.right),
        };
      case "between":
        return {
          kind: "between",
          operand: this.operand(node.operand),
          lower: this.operand(node.lower),
          upper: this.operand(node.upper),
        };
      case "in":
        return {
          kind: "in",
          operand: this.operand(node.operand),
          candidates: node.candidates.map((c) => this.operand(c)),
        };
      case "and":
      case "or":
        return { kind: node.kind, left: this.condition(node.left), right: this.condition(node.right) };
      case "not":
        return { kind: "not", operand: this.condition(node.operand) };
      case "function":
        return this.conditionFunction(
          node.name,
          node.args.map((arg) => this.operand(arg)),
        );
    }
  }

  private conditionFunction(name: string, args: BoundOperand[]): BoundCondition {
    switch (name) {
      case "attribute_exists":
      case "attribute_not_exists":
        return { kind: name, path: this.pathArgument(args[0], name) };
      case "attribute_type":
        return { kind: "attribute_type", path: this.pathArgument(args[0], name), type: args[1]! };
      case "begins_with":
        return { kind: "begins_with", operand: args[0]!, prefix: args[1]! };
      case "contains":
        return { kind: "contains", operand: args[0]!, member: args[1]! };
      default:
        throw expressionError(this.kind, `Invalid function name; function: ${name}`);
    }
  }
}

/** Key attributes can be neither set, removed, added to nor deleted from, even nested. */
export function assertKeyAttributesUntouched(
  update: BoundUpdate,
  keyAttributeNames: readonly string[],
): void {
  for (const path of updatePaths(update)) {
    const attribute = path[0] as string;
    if (keyAttributeNames.includes(attribute)) {
      throw invalidParameter(`Cannot update attribute ${attribute}. This attribute is part of the key`);
    }
  }
}
