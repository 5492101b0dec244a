// AWS Signature Version 4 for S3 requests, as a pure function of its inputs (no clock, no I/O), so the published
// test vectors can check each stage: canonical request, string to sign, signature. S3 differs from the generic
// suite in one way that matters: the path is encoded once and never normalised (a key may contain "//" or "./").
import { createHash, createHmac } from 'node:crypto';

export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

export interface SignInput {
  readonly method: string;
  /** The Host header exactly as it will be sent (with the port when it is not the scheme's default). */
  readonly host: string;
  /** The canonical URI: the request path, already percent-encoded (see encodePath). */
  readonly path: string;
  /** Query parameters, not encoded. */
  readonly query?: ReadonlyArray<readonly [string, string]>;
  /** Further headers to send and sign (x-amz-content-sha256, if-none-match, content-type, …). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Hex SHA-256 of the body, or UNSIGNED-PAYLOAD. */
  readonly payloadHash: string;
  readonly region: string;
  readonly service: string;
  /** The request time as YYYYMMDD'T'HHMMSS'Z'. */
  readonly amzDate: string;
  readonly credentials: Credentials;
}

export interface Signed {
  readonly canonicalRequest: string;
  readonly stringToSign: string;
  readonly signature: string;
  readonly authorization: string;
  /** Every header to send except Host, which the HTTP client derives from the URL. */
  readonly headers: Readonly<Record<string, string>>;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** RFC 3986 percent-encoding of everything but the unreserved characters, with uppercase hex, as SigV4 requires. */
export function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A path of "/"-separated segments, each encoded once. */
export function encodePath(segments: readonly string[]): string {
  return `/${segments.map(uriEncode).join('/')}`;
}

export function amzDate(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function signV4(input: SignInput): Signed {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(input.headers ?? {})) headers[name.toLowerCase()] = value;
  headers['x-amz-date'] = input.amzDate;
  if (input.credentials.sessionToken !== undefined) headers['x-amz-security-token'] = input.credentials.sessionToken;

  const toSign: Record<string, string> = { ...headers, host: input.host };
  const names = Object.keys(toSign).sort();
  const canonicalHeaders = names.map((n) => `${n}:${toSign[n]!.trim().replace(/ +/g, ' ')}\n`).join('');
  const signedHeaders = names.join(';');
  const canonicalQuery = (input.query ?? [])
    .map(([k, v]) => [uriEncode(k), uriEncode(v)] as const)
    .sort(([ka, va], [kb, vb]) => (ka < kb ? -1 : ka > kb ? 1 : va < vb ? -1 : va > vb ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const canonicalRequest = [
    input.method,
    input.path,
    canonicalQuery,
    canonicalHeaders,
    signedHeaders,
    input.payloadHash,
  ].join('\n');

  const day = input.amzDate.slice(0, 8);
  const scope = `${day}/${input.region}/${input.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', input.amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  let key: Buffer = hmac(`AWS4${input.credentials.secretAccessKey}`, day);
  for (const part of [input.region, input.service, 'aws4_request']) key = hmac(key, part);
  const signature = createHmac('sha256', key).update(stringToSign).digest('hex');
  const authorization =
    `AWS4-HMAC-SHA256 Credential=${input.credentials.accessKeyId}/${scope}, ` +
    `SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return { canonicalRequest, stringToSign, signature, authorization, headers: { ...headers, authorization } };
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}
