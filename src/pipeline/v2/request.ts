import type { InternalAxiosRequestConfig } from 'axios';
import { ConfigurationError, InvalidRequestError } from '../../errors';
import { Formatter } from '../../util/formatter';
import { Hash, isSignType, SIGN_TYPES } from '../../util/hash';
import { isElementName, Transformer } from '../../util/transformer';
import { contextOf, setDefaultHeader } from '../state';
import { serializeQuery, withQuery } from '../../chain/query';
import { fieldsOf, merchantIdOf } from './payload';
import { signFields } from '../../signing/v2';
import { UNSIGNED_V2 } from '../../chain/answers-v2';

export interface V2Credentials {
  mchid: string;
  /** The APIv2 key; only APIv2 calls need it. */
  secret: string | undefined;
}

const invalid = (message: string) => new InvalidRequestError(message);

/** PHP's v2 Accept header: XML answers, CSV bills, gzip bills. */
export const V2_ACCEPT = 'text/xml, text/plain, application/x-gzip';
export const V2_CONTENT_TYPE = 'text/xml; charset=utf-8';

/** The fields to sign and send: the caller's, checked, plus `nonce_str` and `sign` last. */
export function signedFields(
  payload: Record<string, unknown>,
  credentials: V2Credentials,
  options: { nonceless?: boolean | undefined; where: string },
): Record<string, string> {
  const { secret, mchid } = credentials;
  if (!secret) throw new ConfigurationError('APIv2 calls need the APIv2 key: pass `secret` to Builder.factory');
  const fields = fieldsOf(payload, options.where);
  const merchant = merchantIdOf(fields);
  if (merchant && merchant.value !== mchid) {
    throw invalid(`${options.where}.${merchant.key} is ${JSON.stringify(merchant.value)} but this client is configured for merchant ${mchid}: refusing to sign for another merchant`);
  }
  if ('sign' in fields) throw invalid(`${options.where}.sign must not be given: the SDK signs the request`);
  const type = fields.sign_type ?? Hash.ALGO_MD5;
  if (!isSignType(type)) throw invalid(`${options.where}.sign_type ${JSON.stringify(type)} is not supported: use ${SIGN_TYPES.join(' or ')}`);
  if (!options.nonceless && fields.nonce_str === undefined) fields.nonce_str = Formatter.nonce();
  fields.sign = signFields(type, fields, secret);
  return fields;
}

/** `signedFields`, remembering the `sign` among what this call must never show. */
function signFor(context: { sent: string[] }, payload: Record<string, unknown>, credentials: V2Credentials, options: { nonceless?: boolean | undefined; where: string }): Record<string, string> {
  const fields = signedFields(payload, credentials, options);
  context.sent.push(fields.sign!);
  return fields;
}

/**
 * The XML body carries each field as an element named by its key, and the sign covers the key:
 * a key that is no element name (`10`, which `Transformer.toXml` writes as `<item>`) can never verify.
 */
function checkElementNames(fields: Record<string, string>, where: string): Record<string, string> {
  for (const key of Object.keys(fields)) {
    if (!isElementName(key)) throw invalid(`${where}.${key} cannot be sent: an APIv2 field name must be an XML element name (a letter or _, then letters, digits, . _ : -)`);
  }
  return fields;
}

/**
 * The last APIv2 request step: check, nonce, sign, serialise. A POST sends the fields as XML; a
 * GET signs its query string instead. What is signed here is exactly what goes on the wire.
 */
export function v2RequestStep(credentials: V2Credentials) {
  return (config: InternalAxiosRequestConfig): InternalAxiosRequestConfig => {
    const context = contextOf(config);
    const { xml, query, body, nonceless } = context.options;
    setDefaultHeader(config, 'Accept', V2_ACCEPT);
    if (body !== undefined) {
      // A raw body is the caller's own bytes: sent untouched, unsigned. Its answer is still
      // checked, and that needs the key: without one, a forged answer could not be told apart.
      if (!credentials.secret && !UNSIGNED_V2.has(context.url)) {
        throw new ConfigurationError(`${context.template} answers with a \`sign\` that only the APIv2 key can check, and this client has no \`secret\`: pass it to Builder.factory (a raw \`body\` is sent as is, but its answer is verified like any other)`);
      }
      config.data = body;
      setDefaultHeader(config, 'Content-Type', V2_CONTENT_TYPE);
      config.url = withQuery(context.url, serializeQuery(query));
    } else if (context.method === 'GET') {
      if (xml !== undefined) throw invalid(`A v2 GET (${context.template}) sends its fields in \`query\`, not \`xml\``);
      const fields = signFor(context, query ?? {}, credentials, { nonceless, where: 'query' });
      config.url = withQuery(context.url, serializeQuery(fields));
    } else {
      config.data = Transformer.toXml(checkElementNames(signFor(context, xml ?? {}, credentials, { nonceless, where: 'xml' }), 'xml'));
      config.headers.set('Content-Type', V2_CONTENT_TYPE);
      config.url = withQuery(context.url, serializeQuery(query));
    }
    return config;
  };
}
