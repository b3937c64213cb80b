import type { ExampleItem, KeyTemplate } from "./model.js";

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** The attribute names a template reads, in order: `ORDER#{orderId}#{line}` → orderId, line. */
export function templateAttributes(template: KeyTemplate): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

/**
 * The key value a template yields for an item. A template that is exactly one placeholder keeps
 * the attribute's own value (a number stays a number); otherwise the pieces are joined as text.
 * Undefined when the item lacks an attribute the template needs (the item is then not written to
 * that key attribute, which is how sparse indexes come about).
 */
export function renderKeyTemplate(template: KeyTemplate, item: ExampleItem): string | number | undefined {
  const whole = /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(template);
  if (whole) {
    const value = item[whole[1]!];
    return typeof value === "string" || typeof value === "number" ? value : undefined;
  }
  let missing = false;
  const rendered = template.replace(PLACEHOLDER, (_match, name: string) => {
    const value = item[name];
    if (value === undefined || value === null) {
      missing = true;
      return "";
    }
    return String(value);
  });
  return missing ? undefined : rendered;
}
