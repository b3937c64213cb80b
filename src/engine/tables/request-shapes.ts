import type { ScalarKeyType } from "../values/attribute-value.js";

/**
 * The control-plane request members as they arrive after shape validation: every member has its
 * declared JSON type, so handlers read them through these types without re-checking.
 */
export interface KeySchemaElementInput {
  AttributeName: string;
  KeyType: string;
}

export interface AttributeDefinitionInput {
  AttributeName: string;
  AttributeType: ScalarKeyType;
}

export interface ThroughputInput {
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}

export interface OnDemandThroughputInput {
  MaxReadRequestUnits?: number;
  MaxWriteRequestUnits?: number;
}

export interface WarmThroughputInput {
  ReadUnitsPerSecond?: number;
  WriteUnitsPerSecond?: number;
}

export interface ProjectionInput {
  ProjectionType?: string;
  NonKeyAttributes?: string[];
}

export interface IndexInput {
  IndexName: string;
  KeySchema: KeySchemaElementInput[];
  Projection: ProjectionInput;
  ProvisionedThroughput?: ThroughputInput;
  OnDemandThroughput?: OnDemandThroughputInput;
  WarmThroughput?: WarmThroughputInput;
}

export interface StreamSpecificationInput {
  StreamEnabled?: boolean;
  StreamViewType?: string;
}

export interface SSESpecificationInput {
  Enabled?: boolean;
  SSEType?: string;
  KMSMasterKeyId?: string;
}

export interface TagInput {
  Key: string;
  Value: string;
}
