import type { DataModel, EntityModel, ExampleItem } from "./model.js";
import { renderKeyTemplate } from "./key-template.js";

/** An entity's example as DynamoDB stores it: its key attributes rendered, then its attributes. */
export function storedItem(entity: EntityModel, example: ExampleItem): ExampleItem {
  const item: ExampleItem = {};
  for (const [attribute, template] of Object.entries(entity.keys)) {
    const value = renderKeyTemplate(template, example);
    if (value !== undefined) item[attribute] = value;
  }
  return { ...item, ...example };
}

/** Every example item of a model's table, as stored, in declaration order. */
export function storedItemsOfTable(
  model: DataModel,
  tableName: string,
): { entity: string; item: ExampleItem }[] {
  const items: { entity: string; item: ExampleItem }[] = [];
  for (const entity of model.entities) {
    if (entity.table !== tableName) continue;
    for (const example of entity.examples)
      items.push({ entity: entity.name, item: storedItem(entity, example) });
  }
  return items;
}
