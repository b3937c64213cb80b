import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Readable } from "node:stream";
import { crc32 } from "node:zlib";
import { HttpResponse, type HttpHandler, type HttpRequest } from "@smithy/protocol-http";
import { JSON_CONTENT_TYPE } from "../src/server/protocol.js";
import { nextRequestId } from "../src/server/request-id.js";

/**
 * Pre-serialised, correct responses recorded from a real engine, replayed by the two ceilings: an
 * SDK request handler in this process and a bare node:http server. A ceiling does nothing an
 * engine could skip (it still reads the request and picks the answer), so its throughput bounds
 * what any engine can reach through the SDK on this machine.
 */
export interface CannedResponse {
  body: Buffer;
  crc32: number;
}

interface TargetResponses {
  /** By exact request body: Scan pages follow each other with deterministic ExclusiveStartKeys. */
  exact: Map<string, CannedResponse>;
  /** By request body without digits: keys differ per call only in digits, shapes do not. */
  shapes: Map<string, CannedResponse>;
  first: CannedResponse;
}

export type SerializedCannedResponses = Record<string, [requestBody: string, responseBase64: string][]>;

export class CannedResponses {
  private readonly byTarget = new Map<string, TargetResponses>();

  get size(): number {
    return this.byTarget.size;
  }

  record(target: string, requestBody: string, responseBody: Uint8Array): void {
    // Copied into a Buffer of its own: the caller's bytes may be a view it reuses.
    const body = Buffer.from(responseBody);
    const response = { body, crc32: crc32(body) };
    const known = this.byTarget.get(target);
    if (known === undefined) {
      this.byTarget.set(target, {
        exact: new Map([[requestBody, response]]),
        shapes: new Map([[shapeOf(requestBody), response]]),
        first: response,
      });
      return;
    }
    known.exact.set(requestBody, response);
    if (!known.shapes.has(shapeOf(requestBody))) known.shapes.set(shapeOf(requestBody), response);
  }

  lookup(target: string | undefined, requestBody: string): CannedResponse | undefined {
    const known = target === undefined ? undefined : this.byTarget.get(target);
    if (known === undefined) return undefined;
    if (known.exact.size > 1) {
      const exact = known.exact.get(requestBody);
      if (exact !== undefined) return exact;
    }
    if (known.shapes.size === 1) return known.first;
    return known.shapes.get(shapeOf(requestBody)) ?? known.first;
  }

  serialize(): SerializedCannedResponses {
    const out: SerializedCannedResponses = {};
    for (const [target, responses] of this.byTarget) {
      // The first recorded response goes first so that it is the fallback again once loaded.
      const entries = [...responses.exact].sort(([, a], [, b]) =>
        a === responses.first ? -1 : b === responses.first ? 1 : 0,
      );
      out[target] = entries.map(([request, response]) => [request, response.body.toString("base64")]);
    }
    return out;
  }

  static deserialize(data: SerializedCannedResponses): CannedResponses {
    const responses = new CannedResponses();
    for (const [target, entries] of Object.entries(data)) {
      for (const [request, body] of entries) responses.record(target, request, Buffer.from(body, "base64"));
    }
    return responses;
  }
}

function shapeOf(requestBody: string): string {
  return requestBody.replace(/[0-9]/g, "");
}

const UNKNOWN = Buffer.from('{"__type":"com.amazon.coral.service#UnknownOperationException"}');

/** An SDK request handler answering from canned responses, shaped like the in-process handler. */
export class CannedRequestHandler implements HttpHandler {
  constructor(private readonly responses: CannedResponses) {}

  async handle(request: HttpRequest): Promise<{ response: HttpResponse }> {
    const canned = this.responses.lookup(headerOf(request, "x-amz-target"), bodyText(request.body));
    return {
      response: new HttpResponse({
        statusCode: canned ? 200 : 400,
        headers: { "content-type": JSON_CONTENT_TYPE, "x-amzn-requestid": nextRequestId() },
        body: canned?.body ?? UNKNOWN,
      }),
    };
  }

  updateHttpClientConfig(): void {}

  httpHandlerConfigs(): Record<string, never> {
    return {};
  }
}

/** Wraps a real handler and records each successful answer, buffering the body it passes on. */
export class RecordingRequestHandler implements HttpHandler {
  constructor(
    private readonly inner: HttpHandler,
    readonly responses: CannedResponses,
  ) {}

  async handle(request: HttpRequest, options?: Parameters<HttpHandler["handle"]>[1]) {
    const { response } = await this.inner.handle(request, options);
    const body = await readAll(response.body);
    const target = headerOf(request, "x-amz-target");
    if (response.statusCode === 200 && target !== undefined) {
      this.responses.record(target, bodyText(request.body), body);
    }
    return {
      response: new HttpResponse({ statusCode: response.statusCode, headers: response.headers, body }),
    };
  }

  updateHttpClientConfig(key: never, value: never): void {
    this.inner.updateHttpClientConfig(key, value);
  }

  httpHandlerConfigs(): Record<string, never> {
    return this.inner.httpHandlerConfigs() as Record<string, never>;
  }
}

/** A bare HTTP server replaying canned responses with the same headers as the project's server. */
export function startCannedHttpServer(responses: CannedResponses, port = 0): Promise<Server> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      const target = req.headers["x-amz-target"];
      const canned = responses.lookup(typeof target === "string" ? target : undefined, body.toString("utf8"));
      const payload = canned?.body ?? UNKNOWN;
      res.writeHead(canned ? 200 : 400, {
        "x-amzn-RequestId": nextRequestId(),
        "x-amz-crc32": canned?.crc32 ?? crc32(UNKNOWN),
        "Content-Type": JSON_CONTENT_TYPE,
        "Content-Length": payload.length,
      });
      res.end(payload);
    });
  });
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

export function serverEndpoint(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function headerOf(request: HttpRequest, lowerCaseName: string): string | undefined {
  const exact = request.headers[lowerCaseName];
  if (exact !== undefined) return exact;
  for (const name in request.headers) {
    if (name.toLowerCase() === lowerCaseName) return request.headers[name];
  }
  return undefined;
}

const decoder = new TextDecoder();

function bodyText(body: unknown): string {
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return decoder.decode(body);
  return "";
}

async function readAll(body: unknown): Promise<Buffer> {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (body instanceof Uint8Array) return Buffer.from(body);
  if (typeof body === "string") return Buffer.from(body, "utf8");
  const chunks: Buffer[] = [];
  for await (const chunk of body as Readable) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
