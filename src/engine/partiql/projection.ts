import { ValidationException } from "../errors/index.js";
import { formatPath, resolvePath } from "../expressions/evaluate/index.js";
import type { Item } from "../values/attribute-value.js";
import type { PathSteps } from "./ast.js";

/**
 * The attribute name a projected path is returned under: its last name with any list indexes
 * after it (`m.n[1]` comes back as `n[1]`), not the nested shape ProjectionExpression builds.
 */
export function projectedName(path: PathSteps): string {
  let last = 0;
  for (let i = 0; i < path.length; i++) if (typeof path[i] === "string") last = i;
  let name = path[last] as string;
  for (let i = last + 1; i < path.length; i++) name += `[${path[i]}]`;
  return name;
}

/** The SELECT list applied to an item: each path that exists, under its projected name. */
export function projectPaths(item: Item, paths: PathSteps[]): Item {
  const result: Item = {};
  for (const path of paths) {
    const value = resolvePath(item, path);
    if (value !== undefined) result[projectedName(path)] = value;
  }
  return result;
}

/**
 * Two paths of one SELECT list, or of one UPDATE's actions, may not overlap or conflict. The
 * message is ProjectionExpression's, but DynamoDB Local names the later path first here.
 */
export function checkDistinctPaths(paths: PathSteps[]): void {
  for (let i = 0; i < paths.length; i++) {
    for (let j = 0; j < i; j++) {
      const relation = relationOf(paths[j]!, paths[i]!);
      if (relation === "none") continue;
      throw new ValidationException(
        `Two document paths ${relation === "overlap" ? "overlap" : "conflict"} with each other; must remove or rewrite one of these paths; path one: ${formatPath(paths[i]!)}, path two: ${formatPath(paths[j]!)}`,
      );
    }
  }
}

function relationOf(a: PathSteps, b: PathSteps): "overlap" | "conflict" | "none" {
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i++) {
    if (typeof a[i] !== typeof b[i]) return "conflict";
    if (a[i] !== b[i]) return "none";
  }
  return "overlap";
}
