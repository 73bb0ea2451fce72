import { merchantIdOf } from '../../chain/payload';
import { serializeQuery } from '../../chain/query';
import { ConfigurationError, InvalidRequestError } from '../../errors';
import { signFields } from '../../signing/v2';
import { Formatter } from '../../util/formatter';
import { Hash, isSignType, SIGN_TYPES } from '../../util/hash';
import { copyFields } from '../../util/object';
import { Transformer } from '../../util/transformer';
import type { CallState } from '../state';

export interface V2Credentials {
  mchid: string;
  /** The APIv2 key; only APIv2 calls need it. */
  secret: string | undefined;
}

export function signedFields(
  given: Readonly<Record<string, string>>,
  credentials: V2Credentials,
  options: { nonceless: boolean | undefined; where: string },
): Record<string, string> {
  const { secret, mchid } = credentials;
  if (!secret) throw new ConfigurationError('APIv2 calls need the APIv2 key: pass `secret` to Builder.factory');
  const fields = copyFields(given);
  const merchant = merchantIdOf(fields);
  if (merchant && merchant.value !== mchid) {
    throw new InvalidRequestError(
      `${options.where}.${merchant.key} is ${JSON.stringify(merchant.value)} but this client is configured for merchant ${mchid}: refusing to sign for another merchant`,
    );
  }
  if ('sign' in fields) throw new InvalidRequestError(`${options.where}.sign must not be given: the SDK signs the request`);
  const type = fields.sign_type ?? Hash.ALGO_MD5;
  if (!isSignType(type)) throw new InvalidRequestError(`${options.where}.sign_type ${JSON.stringify(type)} is not supported: use ${SIGN_TYPES.join(' or ')}`);
  if (!options.nonceless && fields.nonce_str === undefined) fields.nonce_str = Formatter.nonce();
  fields.sign = signFields(type, fields, secret);
  return fields;
}

/** What is signed here is exactly what goes on the wire; a raw `body` is sent unsigned, but its answer needs the key. */
export function v2SignStep(credentials: V2Credentials) {
  return function v2Sign(state: CallState): CallState {
    const { route } = state;
    const { body } = route;
    if (body.kind !== 'v2-fields') {
      if (!credentials.secret && route.answerKind.signed) {
        throw new ConfigurationError(
          `${route.template} answers with a \`sign\` that only the APIv2 key can check, and this client has no \`secret\`: pass it to Builder.factory (a raw \`body\` is sent as is, but its answer is verified like any other)`,
        );
      }
      return state;
    }
    const fields = signedFields(body.fields, credentials, { nonceless: route.options.nonceless, where: body.into });
    state.sentSecrets.push(fields.sign!);
    if (body.into === 'query') state.url = `${route.url}${route.url.includes('?') ? '&' : '?'}${serializeQuery(fields)}`;
    else state.body = Transformer.toXml(fields);
    return state;
  };
}
