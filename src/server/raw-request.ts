import { request as httpRequest, type Agent, type IncomingHttpHeaders } from "node:http";

/** What a test sees of an HTTP exchange, bytes decoded as UTF-8. */
export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  socketId: unknown;
}

export const SIGV4_AUTHORIZATION =
  "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=00";

/**
 * Sends exactly the headers and body given (no defaults added beyond Host and Content-Length), so
 * protocol tests control every byte the server sees.
 */
export function rawRequest(
  url: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    agent?: Agent;
    path?: string;
  } = {},
): Promise<RawResponse> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: options.path ?? "/",
        method: options.method ?? "POST",
        headers: options.headers,
        agent: options.agent ?? false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
            socketId: res.socket,
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** A JSON 1.0 request carrying a SigV4-shaped Authorization header, as every SDK sends. */
export function dynamodbRequest(
  url: string,
  target: string,
  body: string | Buffer,
  extraHeaders: Record<string, string> = {},
): Promise<RawResponse> {
  return rawRequest(url, {
    headers: {
      "Content-Type": "application/x-amz-json-1.0",
      "X-Amz-Target": target,
      Authorization: SIGV4_AUTHORIZATION,
      ...extraHeaders,
    },
    body,
  });
}
