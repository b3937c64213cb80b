/**
 * Projection as DynamoDB does it: each path that exists in the item is copied into the result
 * inside the same hierarchy of maps and lists; paths that do not exist (or cross a value of the
 * wrong type) contribute nothing. Projected list elements keep their index order and close up:
 * `l[2], l[0]` of `[a, b, c]` gives `[a, c]`. The same routine builds ReturnValues UPDATED_OLD and
 * UPDATED_NEW, which are the old and new item projected onto the updated paths.
 */
import type { AttributeValue, Item } from "../../values/attribute-value.js";
import type { BoundPath, BoundProjection, ProjectionTrie } from "./bound.js";

export function compileProjection(paths: BoundPath[]): BoundProjection {
  const trie = emptyTrie();
  for (const path of paths) addPath(trie, path);
  sortIndexes(trie);
  return { paths, trie };
}

/** The item projected onto the paths; an empty object when none of them exists. */
export function projectItem(item: Item, projection: BoundProjection): Item {
  const result: Item = {};
  for (const [name, child] of projection.trie.names) {
    const value = item[name];
    if (value === undefined) continue;
    const projected = child === true ? value : projectValue(value, child);
    if (projected !== undefined) result[name] = projected;
  }
  return result;
}

function projectValue(value: AttributeValue, trie: ProjectionTrie): AttributeValue | undefined {
  if ("M" in value && trie.names.size > 0) {
    const entries: Record<string, AttributeValue> = {};
    let found = false;
    for (const [name, child] of trie.names) {
      const member = value.M[name];
      if (member === undefined) continue;
      const projected = child === true ? member : projectValue(member, child);
      if (projected !== undefined) {
        entries[name] = projected;
        found = true;
      }
    }
    return found ? { M: entries } : undefined;
  }
  if ("L" in value && trie.indexes.length > 0) {
    const elements: AttributeValue[] = [];
    for (const [index, child] of trie.indexes) {
      const element = value.L[index];
      if (element === undefined) continue;
      const projected = child === true ? element : projectValue(element, child);
      if (projected !== undefined) elements.push(projected);
    }
    return elements.length > 0 ? { L: elements } : undefined;
  }
  return undefined;
}

function emptyTrie(): ProjectionTrie {
  return { names: new Map(), indexes: [] };
}

function addPath(trie: ProjectionTrie, path: BoundPath): void {
  let node = trie;
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    const last = i === path.length - 1;
    let existing: ProjectionTrie | true | undefined;
    if (typeof step === "number") {
      existing = node.indexes.find(([index]) => index === step)?.[1];
    } else {
      existing = node.names.get(step);
    }
    // A whole value already taken covers anything beneath it (only UPDATED_* paths get here).
    if (existing === true) return;
    const next: ProjectionTrie | true = last ? true : (existing ?? emptyTrie());
    if (existing === undefined || last) {
      if (typeof step === "number") {
        const at = node.indexes.findIndex(([index]) => index === step);
        if (at >= 0) node.indexes[at] = [step, next];
        else node.indexes.push([step, next]);
      } else {
        node.names.set(step, next);
      }
    }
    if (next === true) return;
    node = next;
  }
}

function sortIndexes(trie: ProjectionTrie): void {
  trie.indexes.sort((a, b) => a[0] - b[0]);
  for (const [, child] of trie.indexes) if (child !== true) sortIndexes(child);
  for (const child of trie.names.values()) if (child !== true) sortIndexes(child);
}
