import { createTableInput } from "../../modeling/create-table-input.js";
import type { DataModel, TableModel } from "../../modeling/model.js";
import type { YamlValue } from "./yaml.js";

/** The template parameter every table name starts with, so one account can hold several stacks. */
export const TABLE_PREFIX_PARAMETER = "TablePrefix";

/** A table's logical id in the template: its name's letters and digits, then `Table`. */
export function logicalId(table: TableModel): string {
  return `${table.name.replace(/[^A-Za-z0-9]/g, "")}Table`;
}

/**
 * A CloudFormation (and SAM) template with one `AWS::DynamoDB::Table` per model table. Its
 * Properties are derived from the same CreateTable input the runtime sends, then reshaped where
 * CloudFormation's schema differs from the API (TTL is a table property; a stream is enabled by
 * naming its view type).
 */
export function cloudFormationTemplate(model: DataModel, description: string): { [key: string]: YamlValue } {
  const resources: { [key: string]: YamlValue } = {};
  const outputs: { [key: string]: YamlValue } = {};
  for (const table of model.tables) {
    const id = logicalId(table);
    resources[id] = {
      Type: "AWS::DynamoDB::Table",
      // Example data is disposable: deleting the stack should not leave billable tables behind.
      DeletionPolicy: "Delete",
      Properties: tableProperties(table),
    };
    outputs[`${id}Name`] = {
      Description: `Physical name of the ${table.name} table`,
      Value: { Ref: id },
    };
  }
  return {
    AWSTemplateFormatVersion: "2010-09-09",
    Description: description,
    Parameters: {
      [TABLE_PREFIX_PARAMETER]: {
        Type: "String",
        Default: "",
        Description: "Put before every table name, e.g. 'dev-', to deploy the same tables more than once",
        AllowedPattern: "[a-zA-Z0-9_.-]*",
      },
    },
    Resources: resources,
    Outputs: outputs,
  };
}

function tableProperties(table: TableModel): { [key: string]: YamlValue } {
  const input = createTableInput(table);
  const properties: { [key: string]: YamlValue } = {
    TableName: { "Fn::Sub": `\${${TABLE_PREFIX_PARAMETER}}${table.name}` },
    AttributeDefinitions: plain(input.AttributeDefinitions),
    KeySchema: plain(input.KeySchema),
    BillingMode: input.BillingMode!,
  };
  if (input.ProvisionedThroughput) properties.ProvisionedThroughput = plain(input.ProvisionedThroughput);
  if (input.GlobalSecondaryIndexes) properties.GlobalSecondaryIndexes = plain(input.GlobalSecondaryIndexes);
  if (input.LocalSecondaryIndexes) properties.LocalSecondaryIndexes = plain(input.LocalSecondaryIndexes);
  if (table.timeToLiveAttribute !== undefined) {
    properties.TimeToLiveSpecification = { AttributeName: table.timeToLiveAttribute, Enabled: true };
  }
  if (table.stream) properties.StreamSpecification = { StreamViewType: table.stream };
  return properties;
}

function plain(value: unknown): YamlValue {
  return JSON.parse(JSON.stringify(value)) as YamlValue;
}
