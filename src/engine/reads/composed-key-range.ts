import { ValidationException } from "../errors/index.js";
import { COMPONENT_SEPARATOR, joinKeyComponents } from "../indexes/index-entry.js";
import type { SortBound } from "../storage/item-store.js";
import type { IndexKeySchema, KeyAttribute } from "../tables/table.js";
import type { AttributeValue } from "../values/attribute-value.js";
import { encodeKeyValue } from "../values/key-encoding.js";
import { checkTermValues, prefixSuccessor, type KeyRange, type KeyTerm } from "./key-condition.js";

/**
 * The key range of a query on an index whose key is composed of several attributes: every
 * partition attribute with `=`, then sort attributes from the first on, each with `=` except the
 * last one named, which may carry any sort-key condition. The range is expressed over the
 * composed sort key (see composeKey): an equality prefix bounds the composed keys that start
 * with it, and the last condition bounds the next component within that prefix.
 */
export function composedKeyRange(terms: KeyTerm[], schema: IndexKeySchema): KeyRange {
  const termOf = (attribute: KeyAttribute) => terms.find((term) => term.attribute === attribute.name);
  for (const attribute of schema.partitionAttributes) {
    if (!termOf(attribute)) {
      throw new ValidationException(`Query condition missed key schema element: ${attribute.name}`);
    }
  }
  const partitionValues: AttributeValue[] = [];
  for (const attribute of schema.partitionAttributes) {
    const term = termOf(attribute)!;
    checkTermValues(term, attribute);
    if (term.operator !== "=") throw new ValidationException("Query key condition not supported");
    partitionValues.push(term.values[0]!);
  }
  const keyNames = new Set([...schema.partitionAttributes, ...schema.sortAttributes].map((a) => a.name));
  if (terms.some((term) => !keyNames.has(term.attribute))) {
    throw new ValidationException("Query key condition not supported");
  }
  const sortTerms = schema.sortAttributes.map((attribute) => {
    const term = termOf(attribute);
    if (term) checkTermValues(term, attribute);
    return term;
  });
  checkSortTermsLeftToRight(schema, sortTerms);

  const range: KeyRange = {
    partitionValue: partitionValues[0]!,
    partition: joinKeyComponents(partitionValues.map(encodeKeyValue)),
  };
  const named = sortTerms.filter((term) => term !== undefined);
  if (named.length === 0) return range;
  range.sortTerm = named[named.length - 1];
  const equalities = named.filter((term) => term.operator === "=");
  const prefix = joinKeyComponents(equalities.map((term) => encodeKeyValue(term.values[0]!)));
  const last = named[named.length - 1]!;
  if (last.operator === "=") {
    Object.assign(range, composedEqualityBounds(prefix, equalities.length === schema.sortAttributes.length));
    return range;
  }
  Object.assign(
    range,
    composedRangeBounds(equalities.length === 0 ? "" : prefix + COMPONENT_SEPARATOR, last),
  );
  return range;
}

/**
 * A condition on a sort attribute needs `=` on every sort attribute before it. The text is the
 * one DynamoDB Local 3.x gives (reported by others, not checked against DynamoDB here).
 */
function checkSortTermsLeftToRight(schema: IndexKeySchema, sortTerms: (KeyTerm | undefined)[]): void {
  for (let later = 1; later < sortTerms.length; later++) {
    if (!sortTerms[later]) continue;
    for (let prior = 0; prior < later; prior++) {
      if (sortTerms[prior]?.operator === "=") continue;
      throw new ValidationException(
        `RANGE key attributes ${schema.sortAttributes[prior]!.name} must have equality conditions specified in the query because a condition is present on key attribute ${schema.sortAttributes[later]!.name}`,
      );
    }
  }
}

/** Sort keys equal to `prefix` (every sort attribute named) or extending it by further components. */
function composedEqualityBounds(prefix: string, complete: boolean): Pick<KeyRange, "lower" | "upper"> {
  if (complete) return { lower: { key: prefix, inclusive: true }, upper: { key: prefix, inclusive: true } };
  const start = prefix + COMPONENT_SEPARATOR;
  const above = prefixSuccessor(start);
  return {
    lower: { key: start, inclusive: true },
    ...(above === undefined ? {} : { upper: { key: above, inclusive: false } }),
  };
}

/**
 * Bounds for a condition on the component right after `prefix` (the equality components, each
 * followed by the separator, or "" when there are none). A component's escaped encoding followed
 * by END_OF_COMPONENT lies above every composed key whose component equals it, whether or not
 * more components follow, and below every key whose component extends it.
 */
function composedRangeBounds(prefix: string, term: KeyTerm): Pick<KeyRange, "lower" | "upper"> {
  const component = (value: AttributeValue) => joinKeyComponents([encodeKeyValue(value)]);
  const first = prefix + component(term.values[0]!);
  const withinPrefix = prefix === "" ? undefined : { key: prefix, inclusive: true };
  const abovePrefix = prefix === "" ? undefined : prefixSuccessor(prefix);
  const belowNextPrefix = abovePrefix === undefined ? undefined : { key: abovePrefix, inclusive: false };
  const bounds = (lower?: SortBound, upper?: SortBound) => ({
    ...(lower ? { lower } : {}),
    ...(upper ? { upper } : {}),
  });
  switch (term.operator) {
    case "=":
    case ">=":
      return bounds({ key: first, inclusive: true }, belowNextPrefix);
    case ">":
      return bounds({ key: first + END_OF_COMPONENT, inclusive: true }, belowNextPrefix);
    case "<":
      return bounds(withinPrefix, { key: first, inclusive: false });
    case "<=":
      return bounds(withinPrefix, { key: first + END_OF_COMPONENT, inclusive: false });
    case "BETWEEN":
      return bounds(
        { key: first, inclusive: true },
        { key: prefix + component(term.values[1]!) + END_OF_COMPONENT, inclusive: false },
      );
    case "begins_with": {
      const above = prefixSuccessor(first);
      return bounds(
        { key: first, inclusive: true },
        above === undefined ? undefined : { key: above, inclusive: false },
      );
    }
  }
}

/** Just above a separator (two NULs): an escaped NUL starts with it and every other character is above it. */
const END_OF_COMPONENT = "\u0000\u0001";
