import type { PlatformKey } from '../crypto/platform-key';
import type { AxiosResponse, InternalAxiosRequestConfig } from 'axios';
import { ApiError, ParseError, type ApiErrorDetail } from '../errors';
import { Carried, contextOf, ROUTE, setDefaultHeader } from '../transport/context';
import { finishResponse, headerOf, rawBodyOf, readStream } from '../transport/instance';
import { serializeQuery, withQuery } from '../transport/query';
import { withEncryptor, type SensitiveBuilder } from './sensitive';
import { contentTypeOf } from './signed-part';

export const JSON_TYPE = 'application/json';

/**
 * The APIv3 serialising step: `json` becomes the exact JSON text sent, `query` is written into
 * the URL. Runs before signing, so the signature covers these very bytes. A `json` given as a
 * function receives `encrypt` for sensitive fields (see `sensitive.ts`).
 */
export function v3SerializeStep(certs: ReadonlyMap<string, PlatformKey>) {
  return (config: InternalAxiosRequestConfig): InternalAxiosRequestConfig => {
    const context = contextOf(config);
    const { json, body, query } = context.options;
    config.url = withQuery(context.url, serializeQuery(query));
    setDefaultHeader(config, 'Accept', JSON_TYPE);
    if (json !== undefined) {
      config.data = JSON.stringify(typeof json === 'function' ? withEncryptor(json as SensitiveBuilder, certs, config, context.options.headers) : json);
      config.headers.set('Content-Type', JSON_TYPE);
    } else if (body !== undefined) {
      config.data = body;
      setDefaultHeader(config, 'Content-Type', contentTypeOf(body) ?? JSON_TYPE);
    }
    return config;
  };
}

function parseJson(text: string, requestId: string | undefined): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ParseError(`The answer is not JSON${requestId ? ` (Request-ID ${requestId})` : ''}`, requestId);
  }
}

/**
 * The APIv3 parsing step (after verification): non-2xx is an `ApiError` with WeChat's `code`,
 * `message` and `detail`; an empty body (204) gives `data` undefined; JSON is parsed.
 */
export function v3ParseStep(response: AxiosResponse): AxiosResponse | Promise<AxiosResponse> {
  const context = contextOf(response.config);
  if (context.want === 'stream') {
    if (response.status >= 200 && response.status <= 299) return response;
    // An error answer to a streamed download: read it (bounded) to report WeChat's code.
    return readStream(response.data as AsyncIterable<unknown>).then((raw) => v3ParseStep({ ...response, data: raw, config: { ...response.config, [ROUTE]: new Carried({ ...context, want: 'data' }) } as typeof response.config }));
  }
  const raw = rawBodyOf(response);
  const requestId = headerOf(response, 'request-id');
  if (response.status < 200 || response.status > 299) {
    const text = raw.toString('utf8');
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON (a proxy's HTML page, say): keep the text.
    }
    const fields = (body !== null && typeof body === 'object' ? body : {}) as { code?: unknown; message?: unknown; detail?: unknown };
    throw new ApiError({
      status: response.status,
      apiCode: typeof fields.code === 'string' ? fields.code : undefined,
      message: typeof fields.message === 'string' ? fields.message : undefined,
      detail: fields.detail !== null && typeof fields.detail === 'object' ? (fields.detail as ApiErrorDetail) : undefined,
      requestId,
      body,
    });
  }
  return finishResponse(response, raw, context.want, () => (raw.length === 0 ? undefined : parseJson(raw.toString('utf8'), requestId)));
}
