import { HttpResponse, type HttpHandler, type HttpRequest } from "@smithy/protocol-http";
import type { Engine } from "../engine/engine.js";
import { answerJsonRequest, JSON_CONTENT_TYPE, wireBytes } from "../server/protocol.js";
import { nextRequestId } from "../server/request-id.js";

const decoder = new TextDecoder();

/**
 * An SDK request handler that answers from an engine in this process: the serialized request body
 * goes straight to the same protocol code the HTTP server runs, and the response comes back as
 * bytes, with no socket in between.
 */
export class InProcessRequestHandler implements HttpHandler {
  private readonly known: ReadonlySet<string>;

  constructor(readonly engine: Engine) {
    this.known = new Set(engine.operations);
  }

  async handle(request: HttpRequest): Promise<{ response: HttpResponse }> {
    const reply = answerJsonRequest(this.engine, this.known, {
      target: header(request, "x-amz-target"),
      // The SDK signs every request it sends; an unsigned one cannot come through here.
      authenticated: true,
      body: bodyText(request.body),
    });
    return {
      response: new HttpResponse({
        statusCode: reply.statusCode,
        headers: { "content-type": JSON_CONTENT_TYPE, "x-amzn-requestid": nextRequestId() },
        body: wireBytes(reply),
      }),
    };
  }

  updateHttpClientConfig(): void {}

  httpHandlerConfigs(): Record<string, never> {
    return {};
  }
}

function header(request: HttpRequest, lowerCaseName: string): string | undefined {
  const headers = request.headers;
  const exact = headers[lowerCaseName];
  if (exact !== undefined) return exact;
  for (const name in headers) {
    if (name.toLowerCase() === lowerCaseName) return headers[name];
  }
  return undefined;
}

function bodyText(body: unknown): string {
  if (body === undefined || body === null) return "";
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return decoder.decode(body);
  throw new TypeError("The in-process handler only accepts string or byte request bodies");
}
