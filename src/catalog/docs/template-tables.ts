import {
  CreateTableCommand,
  UpdateTimeToLiveCommand,
  type CreateTableCommandInput,
  type DynamoDBClient,
} from "@aws-sdk/client-dynamodb";
import { parseYaml, type YamlValue } from "./yaml.js";
import { TABLE_PREFIX_PARAMETER } from "./cloudformation.js";

interface TableResource {
  logicalId: string;
  properties: Record<string, unknown>;
}

/** The `AWS::DynamoDB::Table` resources of a template, in order. */
export function tableResources(templateText: string): TableResource[] {
  const template = parseYaml(templateText) as {
    Resources?: Record<string, { Type?: string; Properties?: YamlValue }>;
  };
  return Object.entries(template.Resources ?? {})
    .filter(([, resource]) => resource.Type === "AWS::DynamoDB::Table")
    .map(([logicalId, resource]) => ({
      logicalId,
      properties: resource.Properties as Record<string, unknown>,
    }));
}

/**
 * Creates a template's tables the way CloudFormation would, through the DynamoDB API: Properties
 * become a CreateTable request (a `Fn::Sub` table name resolved with the given prefix), TTL a
 * following UpdateTimeToLive. Returns the physical table names.
 */
export async function createTablesFromTemplate(
  client: DynamoDBClient,
  templateText: string,
  tablePrefix = "",
): Promise<string[]> {
  const names: string[] = [];
  for (const { properties } of tableResources(templateText)) {
    const { TableName, TimeToLiveSpecification, StreamSpecification, ...rest } = properties;
    const name = resolveName(TableName, tablePrefix);
    const input = { ...rest, TableName: name } as CreateTableCommandInput;
    if (StreamSpecification) {
      const view = (StreamSpecification as { StreamViewType: string }).StreamViewType;
      input.StreamSpecification = { StreamEnabled: true, StreamViewType: view as never };
    }
    await client.send(new CreateTableCommand(input));
    if (TimeToLiveSpecification) {
      const ttl = TimeToLiveSpecification as { AttributeName: string; Enabled: boolean };
      await client.send(new UpdateTimeToLiveCommand({ TableName: name, TimeToLiveSpecification: ttl }));
    }
    names.push(name);
  }
  return names;
}

function resolveName(value: unknown, tablePrefix: string): string {
  if (typeof value === "string") return value;
  const sub = (value as { "Fn::Sub"?: unknown } | undefined)?.["Fn::Sub"];
  if (typeof sub !== "string") throw new Error(`unsupported TableName ${JSON.stringify(value)}`);
  return sub.replaceAll(`\${${TABLE_PREFIX_PARAMETER}}`, tablePrefix);
}
