import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { crc32, gunzip } from "node:zlib";
import { Engine } from "../engine/engine.js";
import type { EngineOptions } from "../engine/database.js";
import { SerializationException } from "../engine/errors/index.js";
import {
  answerJsonRequest,
  errorResponse,
  JSON_CONTENT_TYPE,
  wireBytes,
  writeAsciiPieces,
  type WireResponse,
} from "./protocol.js";
import { nextRequestId } from "./request-id.js";

/**
 * DynamoDB's request size limit: a body of exactly 16 MiB is read, one byte more is answered 413
 * (observed on DynamoDB Local 1.25.1). Gzip bodies are held to the same bound once inflated.
 */
export const MAX_REQUEST_BYTES = 16 * 1024 * 1024;

export interface ServerOptions {
  /** TCP port; 0 (the default) picks a free one, reported in `RunningServer.port`. */
  port?: number;
  /** Interface to bind. Default `127.0.0.1`, so nothing outside this machine can reach it. */
  host?: string;
  /** Serve an existing engine (to share its tables with in-process clients); default a new one. */
  engine?: Engine;
  /** Options for the engine created when `engine` is not given. */
  engineOptions?: EngineOptions;
  /** Request body bound in bytes. Default `MAX_REQUEST_BYTES`. */
  maxRequestBytes?: number;
}

export interface RunningServer {
  readonly engine: Engine;
  readonly server: Server;
  readonly host: string;
  readonly port: number;
  /** The URL to give an SDK as `endpoint`, e.g. `http://127.0.0.1:8000`. */
  readonly endpoint: string;
  /**
   * Stops accepting connections, drops open sockets and resolves once closed. An engine the server
   * built itself is stopped too; one passed in `options.engine` is left running.
   */
  close(): Promise<void>;
}

/** Starts an HTTP server speaking DynamoDB's JSON 1.0 protocol, resolving once it listens. */
export function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const engine = options.engine ?? new Engine(options.engineOptions);
  const host = options.host ?? "127.0.0.1";
  const server = createServer(createRequestListener(engine, { maxRequestBytes: options.maxRequestBytes }));
  // SDK agents keep sockets open between calls; outlive their idle timeouts so they are reused.
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      const port = (server.address() as AddressInfo).port;
      resolve({
        engine,
        server,
        host,
        port,
        endpoint: `http://${endpointHost(host)}:${port}`,
        close: async () => {
          await closeServer(server);
          // An engine this server built is this server's to stop (its TTL sweeper, when it has one).
          if (options.engine === undefined) engine.close();
        },
      });
    });
  });
}

/**
 * The request listener behind `startServer`, for mounting the protocol on a server built
 * elsewhere. Checks happen in DynamoDB's order: body size, method, content type, JSON, target,
 * authentication, then the engine.
 */
export function createRequestListener(
  engine: Engine,
  options: { maxRequestBytes?: number | undefined } = {},
): RequestListener {
  const limit = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
  const known: ReadonlySet<string> = new Set(engine.operations);
  const healthBody = `healthy: dynamodb.${engine.db.region}.amazonaws.com `;
  const pool = new ResponseBufferPool();

  function answer(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    if (req.headers.origin !== undefined) {
      // DynamoDB serves browsers on any origin; the SDK reads these two headers from responses.
      res.setHeader("Access-Control-Allow-Origin", "*");
      res.setHeader("Access-Control-Expose-Headers", "x-amzn-RequestId, x-amz-crc32");
      if (req.method === "OPTIONS") {
        answerPreflight(req, res);
        return;
      }
    }
    if (req.method === "GET") {
      // DynamoDB's health answer (DynamoDB Local answers GET with an error instead).
      sendText(res, 200, healthBody);
      return;
    }
    const contentType = mediaType(req.headers["content-type"]);
    if (req.method !== "POST" || (body.length > 0 && contentType === undefined)) {
      sendText(res, 404, "<UnknownOperationException/>\n");
      return;
    }
    if (req.headers["content-encoding"]?.toLowerCase() === "gzip" && body.length > 0) {
      gunzip(body, { maxOutputLength: limit }, (error, inflated) =>
        guarded(res, () => {
          if (!error) respondJson(req, res, contentType, inflated);
          else if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") sendTooLarge(res);
          else sendJson(res, contentType, errorResponse(new SerializationException("")));
        }),
      );
      return;
    }
    respondJson(req, res, contentType, body);
  }

  function respondJson(
    req: IncomingMessage,
    res: ServerResponse,
    contentType: string | undefined,
    body: Buffer,
  ) {
    const authenticated =
      isSigV4Authorization(req.headers.authorization) || (req.url?.includes("X-Amz-Algorithm=") ?? false);
    const reply = answerJsonRequest(engine, known, {
      target: req.headers["x-amz-target"] as string | undefined,
      authenticated,
      body: body.toString("utf8"),
    });
    sendJson(res, contentType, reply, pool);
  }

  return (req, res) => {
    const declared = req.headers["content-length"];
    if (declared !== undefined && Number(declared) > limit) {
      sendTooLarge(res);
      return;
    }
    let first: Buffer | undefined;
    let chunks: Buffer[] | undefined;
    let size = 0;
    let rejected = false;
    req.on("data", (chunk: Buffer) => {
      if (rejected) return;
      size += chunk.length;
      if (size > limit) {
        rejected = true;
        first = chunks = undefined;
        sendTooLarge(res);
      } else if (first === undefined) {
        first = chunk;
      } else {
        (chunks ??= [first]).push(chunk);
      }
    });
    req.on("end", () => {
      if (rejected) return;
      guarded(res, () => answer(req, res, chunks ? Buffer.concat(chunks, size) : (first ?? EMPTY)));
    });
    req.on("error", () => res.destroy());
  };
}

const EMPTY = Buffer.alloc(0);

/** Runs a step of answering; a failure becomes a 500 envelope, or a dropped socket if too late. */
function guarded(res: ServerResponse, step: () => void): void {
  try {
    step();
  } catch (error) {
    if (res.headersSent) res.destroy();
    else sendJson(res, undefined, errorResponse(error));
  }
}
const TOO_LARGE_BODY = '{"Message":""}';

/** `application/x-amz-json-1.0` or `application/json` (parameters ignored), else undefined. */
function mediaType(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (header === JSON_CONTENT_TYPE || header === "application/json") return header;
  const semicolon = header.indexOf(";");
  const type = (semicolon === -1 ? header : header.slice(0, semicolon)).trim().toLowerCase();
  return type === JSON_CONTENT_TYPE || type === "application/json" ? type : undefined;
}

/**
 * Any credentials are accepted, but a request must carry some: DynamoDB answers
 * MissingAuthenticationTokenException when the Authorization header is absent or is not SigV4.
 */
function isSigV4Authorization(header: string | undefined): boolean {
  if (header === undefined) return false;
  return header.startsWith("AWS4-") || header.trimStart().startsWith("AWS4-");
}

/** ASCII answers above this many characters are copied into a reused buffer rather than a new one. */
const POOLED_WRITE_CHARS = 64 * 1024;

/**
 * One buffer per server for large ASCII answers, lent to one response at a time and taken back
 * once its bytes have been handed to the socket. A megabyte page then costs one copy of its
 * pieces and no allocation the garbage collector has to reclaim; answers written while it is lent
 * out (concurrent requests) get buffers of their own. It keeps the largest size asked of it, at
 * most a 16 MB BatchGetItem answer.
 */
class ResponseBufferPool {
  private buffer: Buffer | undefined;
  private lent = false;

  borrow(length: number): Buffer | undefined {
    if (this.lent) return undefined;
    if (this.buffer === undefined || this.buffer.length < length) {
      this.buffer = Buffer.allocUnsafeSlow(Math.max(length, 2 * (this.buffer?.length ?? 0)));
    }
    this.lent = true;
    return this.buffer;
  }

  giveBack(): void {
    this.lent = false;
  }
}

function sendJson(
  res: ServerResponse,
  contentType: string | undefined,
  reply: WireResponse,
  pool?: ResponseBufferPool,
): void {
  // DynamoDB echoes application/json to clients that sent it.
  const type = contentType === "application/json" ? "application/json" : JSON_CONTENT_TYPE;
  const pieces = reply.asciiPieces;
  const length = reply.body.length;
  const lent = pieces !== undefined && length > POOLED_WRITE_CHARS ? pool?.borrow(length) : undefined;
  const payload = lent === undefined ? wireBytes(reply) : lent.subarray(0, writeAsciiPieces(pieces!, lent));
  res.writeHead(reply.statusCode, {
    "x-amzn-RequestId": nextRequestId(),
    "x-amz-crc32": crc32(payload),
    "Content-Type": type,
    "Content-Length": payload.length,
  });
  if (lent === undefined) {
    res.end(payload);
    return;
  }
  // Given back once the bytes are with the socket, or once the socket is gone without them.
  let givenBack = false;
  const giveBack = () => {
    if (givenBack) return;
    givenBack = true;
    pool!.giveBack();
  };
  res.once("close", giveBack);
  res.end(payload, giveBack);
}

function sendText(res: ServerResponse, statusCode: number, text: string): void {
  res.writeHead(statusCode, {
    "x-amzn-RequestId": nextRequestId(),
    "x-amz-crc32": crc32(text),
    "Content-Length": Buffer.byteLength(text),
  });
  res.end(text);
}

/** A CORS preflight: whatever method and headers the browser asks for are allowed. */
function answerPreflight(req: IncomingMessage, res: ServerResponse): void {
  const headers: Record<string, string | number> = {
    "x-amzn-RequestId": nextRequestId(),
    "Access-Control-Allow-Methods": req.headers["access-control-request-method"] ?? "POST",
    "Access-Control-Max-Age": 172800,
    "Content-Length": 0,
  };
  const requested = req.headers["access-control-request-headers"];
  if (requested !== undefined) headers["Access-Control-Allow-Headers"] = requested;
  res.writeHead(200, headers);
  res.end();
}

/** The rest of the body is never read, so the connection cannot be reused. */
function sendTooLarge(res: ServerResponse): void {
  res.writeHead(413, {
    "x-amzn-RequestId": nextRequestId(),
    "Content-Length": TOO_LARGE_BODY.length,
    Connection: "close",
  });
  res.end(TOO_LARGE_BODY);
}

function endpointHost(host: string): string {
  if (host === "0.0.0.0" || host === "::" || host === "") return "127.0.0.1";
  return host.includes(":") ? `[${host}]` : host;
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
