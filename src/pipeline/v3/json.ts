import type { PlatformKey } from '../../crypto/platform-key';
import type { AxiosResponse, InternalAxiosRequestConfig } from 'axios';
import { ParseError } from '../../errors';
import { jsonText } from '../../util/json-text';
import { contextOf, setDefaultHeader } from '../state';
import { finishResponse, headerOf, rawBodyOf } from '../instance';
import { serializeQuery, withQuery } from '../../chain/query';
import { withEncryptor, type SensitiveBuilder } from './sensitive';
import { contentTypeOf } from '../../util/signed-part';
import { answerKindOf } from '../../chain/answers-v3';
import { sentPathOf } from './verify';

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
      config.data = jsonText(typeof json === 'function' ? withEncryptor(json as SensitiveBuilder, certs, config, context.options.headers) : json, '`json`');
      config.headers.set('Content-Type', JSON_TYPE);
    } else if (body !== undefined) {
      config.data = body;
      setDefaultHeader(config, 'Content-Type', contentTypeOf(body) ?? JSON_TYPE);
    } else if (context.method !== 'GET' && context.method !== 'DELETE') {
      // No body: still a JSON call (PHP sends this too); without it axios would send its form default.
      setDefaultHeader(config, 'Content-Type', JSON_TYPE);
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
 * The APIv3 parsing step (after verification, which also turned every error answer into an
 * `ApiError`): an empty body (204) gives `data` undefined; JSON is parsed, a body that is not JSON
 * is a `ParseError`; `responseType` `text`/`arraybuffer` give the verified text or bytes.
 */
export function v3ParseStep(response: AxiosResponse): AxiosResponse {
  const context = contextOf(response.config);
  if (context.want === 'stream') return response;
  const raw = rawBodyOf(response);
  const { file } = answerKindOf(sentPathOf(response));
  if (file !== undefined && context.want === 'data') {
    // A file: a CSV as text (unless it came gzip-compressed), anything else as its bytes.
    const gzip = raw[0] === 0x1f && raw[1] === 0x8b;
    return finishResponse(response, raw, file === 'text' && !gzip ? 'text' : 'arraybuffer', () => undefined);
  }
  const requestId = headerOf(response, 'request-id');
  return finishResponse(response, raw, context.want, () => (raw.length === 0 ? undefined : parseJson(raw.toString('utf8'), requestId)));
}
