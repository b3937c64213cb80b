import { DynamoDBClient, type DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import type { DynamoDBStreamsClient } from "@aws-sdk/client-dynamodb-streams";
import { DynamoDBDocumentClient, type TranslateConfig } from "@aws-sdk/lib-dynamodb";
import type { HttpRequest } from "@smithy/protocol-http";
import { Engine } from "../engine/engine.js";
import type { EngineOptions } from "../engine/database.js";
import { InProcessRequestHandler } from "./in-process-handler.js";
import { createDynamoDBStreamsClient } from "./create-streams-client.js";

/** Credentials sent when talking to a local endpoint; local DynamoDB servers accept any. */
export const LOCAL_CREDENTIALS = { accessKeyId: "local", secretAccessKey: "local" } as const;

/** Environment variable naming an endpoint to use instead of an in-process engine. */
export const ENDPOINT_ENVIRONMENT_VARIABLE = "DYNAMODB_ENDPOINT";

export interface CreateDynamoDBOptions {
  /**
   * Serve from this engine instead of a new one, so several clients (and an HTTP server) share
   * one database. Cannot be combined with `endpoint` or `aws`.
   */
  engine?: Engine;
  /** Options for the new engine built when neither `engine`, `endpoint` nor `aws` is given. */
  engineOptions?: EngineOptions;
  /**
   * A DynamoDB-compatible endpoint to talk to over HTTP: this project's server, DynamoDB Local, or
   * any other. When absent, the `DYNAMODB_ENDPOINT` environment variable is used if set (unless an
   * `engine` is given); otherwise requests go to an in-process engine.
   */
  endpoint?: string;
  /**
   * Talk to Amazon DynamoDB itself, with the SDK's default credential chain and endpoint. Never
   * implied: without it, requests stay on this machine.
   */
  aws?: boolean;
  /** Default `us-east-1`, or for `aws` the SDK's own region resolution (`AWS_REGION`...). */
  region?: string;
  /**
   * Default: dummy credentials for an endpoint, the SDK's default credential chain with `aws`.
   * In process, requests are never signed and credentials are never checked.
   */
  credentials?: DynamoDBClientConfig["credentials"];
  /** Any other client settings (retries, logger...); they override the factory's choices. */
  clientConfig?: DynamoDBClientConfig;
  /** Marshalling options for the document client (e.g. `removeUndefinedValues`). */
  translateConfig?: TranslateConfig;
  /** Where to look up `DYNAMODB_ENDPOINT`. Default `process.env`. */
  env?: Record<string, string | undefined>;
}

export interface DynamoDB {
  /** The low-level SDK v3 client. */
  readonly client: DynamoDBClient;
  /** A document client over `client`, marshalling plain JavaScript values. */
  readonly documentClient: DynamoDBDocumentClient;
  /** A DynamoDB Streams client reaching the same engine, endpoint or AWS as `client`. */
  readonly streamsClient: DynamoDBStreamsClient;
  /** The engine answering requests, when they are answered in this process. */
  readonly engine?: Engine;
  /** The endpoint requests go to, when they go over HTTP to a local or explicit endpoint. */
  readonly endpoint?: string;
  /**
   * Releases the clients' resources (sockets, for an endpoint) and stops the background work of an
   * engine the factory built. The engine's data is kept; an engine passed in keeps running.
   */
  close(): Promise<void>;
}

/**
 * Builds an AWS SDK v3 DynamoDB client, a document client over it and (when first read) a
 * DynamoDB Streams client, all reaching the same place.
 *
 * - `createDynamoDB()`: a fresh in-process engine; no sockets, no signing, nothing leaves the
 *   process. Set `DYNAMODB_ENDPOINT` to run the same code against a server instead.
 * - `createDynamoDB({ engine })`: another client on an existing engine (shared tables).
 * - `createDynamoDB({ endpoint: "http://127.0.0.1:8000" })`: over HTTP with dummy credentials.
 * - `createDynamoDB({ aws: true })`: Amazon DynamoDB, with your real credentials and region.
 *
 * @example
 * const { client, documentClient } = createDynamoDB();
 * await client.send(new CreateTableCommand({ ... }));
 * await documentClient.send(new PutCommand({ TableName: "t", Item: { pk: "a", n: 1 } }));
 */
export function createDynamoDB(options: CreateDynamoDBOptions = {}): DynamoDB {
  if (options.aws && (options.endpoint !== undefined || options.engine !== undefined)) {
    throw new TypeError("createDynamoDB: `aws` cannot be combined with `endpoint` or `engine`");
  }
  if (options.engine !== undefined && options.endpoint !== undefined) {
    throw new TypeError("createDynamoDB: give either `engine` or `endpoint`, not both");
  }
  if (options.aws) {
    const config: DynamoDBClientConfig = { ...options.clientConfig };
    if (options.region !== undefined) config.region = options.region;
    if (options.credentials !== undefined) config.credentials = options.credentials;
    return assemble(new DynamoDBClient(config), options);
  }
  const endpoint =
    options.endpoint ??
    (options.engine === undefined
      ? nonEmpty((options.env ?? process.env)[ENDPOINT_ENVIRONMENT_VARIABLE])
      : undefined);
  if (endpoint !== undefined) {
    const client = new DynamoDBClient({
      region: options.region ?? "us-east-1",
      credentials: options.credentials ?? LOCAL_CREDENTIALS,
      endpoint,
      ...options.clientConfig,
    });
    return assemble(client, options, { endpoint });
  }
  const engine = options.engine ?? new Engine(options.engineOptions);
  const client = new DynamoDBClient({
    region: options.region ?? "us-east-1",
    credentials: options.credentials ?? LOCAL_CREDENTIALS,
    requestHandler: new InProcessRequestHandler(engine),
    httpAuthSchemes: [NO_AUTH_SCHEME],
    httpAuthSchemeProvider: () => [{ schemeId: NO_AUTH_SCHEME.schemeId }],
    // Account-based endpoint rules would resolve credentials just to pick a host never contacted.
    accountIdEndpointMode: "disabled",
    // An engine in this process never throttles; a 500 is a bug that retrying cannot fix.
    maxAttempts: 1,
    ...options.clientConfig,
  });
  return assemble(client, options, { engine });
}

/** Requests handed to an engine in this process are not signed: nobody checks signatures. */
export const NO_AUTH_SCHEME = {
  schemeId: "smithy.api#noAuth",
  identityProvider: () => async () => ({}),
  signer: { sign: async (request: HttpRequest) => request },
} as unknown as NonNullable<DynamoDBClientConfig["httpAuthSchemes"]>[number];

function assemble(
  client: DynamoDBClient,
  options: CreateDynamoDBOptions,
  target: { engine?: Engine; endpoint?: string } = {},
): DynamoDB {
  const documentClient = DynamoDBDocumentClient.from(client, options.translateConfig);
  let streamsClient: DynamoDBStreamsClient | undefined;
  const built = target.engine !== undefined && options.engine === undefined ? target.engine : undefined;
  const db: DynamoDB = {
    client,
    documentClient,
    // Built on first use: most callers never read a stream, and a client costs time to construct.
    get streamsClient() {
      return (streamsClient ??= createDynamoDBStreamsClient(db));
    },
    ...target,
    close: async () => {
      client.destroy();
      streamsClient?.destroy();
      // An engine this factory built is its to stop (the TTL sweeper); a shared one keeps running.
      built?.close();
    },
  };
  return db;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}
