import type { AttributeValue, Item } from "../../values/attribute-value.js";
import type { BoundPath } from "./bound.js";

/** The value at `path`, or undefined when any step is missing or of the wrong type. */
export function resolvePath(item: Item | undefined, path: BoundPath): AttributeValue | undefined {
  if (item === undefined) return undefined;
  let current: AttributeValue | undefined = item[path[0] as string];
  for (let i = 1; i < path.length && current !== undefined; i++) {
    const step = path[i]!;
    if (typeof step === "number") {
      current = "L" in current ? current.L[step] : undefined;
    } else {
      current = "M" in current ? current.M[step] : undefined;
    }
  }
  return current;
}

/** DynamoDB's rendering of a path in error messages: `[a, b, [2]]`. */
export function formatPath(path: BoundPath): string {
  return `[${path.map((step) => (typeof step === "number" ? `[${step}]` : step)).join(", ")}]`;
}

export function samePath(a: BoundPath, b: BoundPath): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * How two paths of one expression relate: `overlap` when one is a prefix of the other (or they
 * are equal), `conflict` when at the first differing step one names a map key and the other a
 * list index, `none` otherwise.
 */
export function pathRelation(a: BoundPath, b: BoundPath): "overlap" | "conflict" | "none" {
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i++) {
    if (typeof a[i] !== typeof b[i]) return "conflict";
    if (a[i] !== b[i]) return "none";
  }
  return "overlap";
}
