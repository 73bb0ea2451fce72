import { generateKeyPairSync } from 'node:crypto';
import vm from 'node:vm';
import {
  AesEcb,
  AesGcm,
  ApiError,
  BusinessError,
  ConfigurationError,
  ErrorCode,
  InvalidRequestError,
  isApiError,
  isBusinessError,
  isConfigurationError,
  isInvalidRequestError,
  isParseError,
  isTransportError,
  isVerificationError,
  isWechatpayError,
  ParseError,
  Rsa,
  Transformer,
  TransportError,
  VerificationError,
  VerificationReason,
  type WechatpayError,
} from '../../src';

// One error axis: every code belongs to exactly one class, and the guards agree with the codes.
const CODE_OF: Record<string, string> = {
  ConfigurationError: ErrorCode.CONFIGURATION,
  InvalidRequestError: ErrorCode.INVALID_REQUEST,
  ApiError: ErrorCode.API,
  VerificationError: ErrorCode.VERIFICATION,
  BusinessError: ErrorCode.BUSINESS,
  TransportError: ErrorCode.TRANSPORT,
  ParseError: ErrorCode.PARSE,
};

const one = {
  configuration: new ConfigurationError('c'),
  invalid: new InvalidRequestError('i'),
  api: new ApiError({ status: 400 }),
  verification: new VerificationError(VerificationReason.BAD_SIGN, 'v'),
  business: new BusinessError({ return_code: 'FAIL' }),
  transport: new TransportError('t', undefined),
  parse: new ParseError('p'),
};

const guards = { isConfigurationError, isInvalidRequestError, isApiError, isVerificationError, isBusinessError, isTransportError, isParseError };
const expected: Record<keyof typeof one, Array<keyof typeof guards>> = {
  configuration: ['isConfigurationError'],
  // A call's bad options are a kind of configuration error: nothing was sent either way.
  invalid: ['isConfigurationError', 'isInvalidRequestError'],
  api: ['isApiError'],
  verification: ['isVerificationError'],
  business: ['isBusinessError'],
  transport: ['isTransportError'],
  parse: ['isParseError'],
};

test.each(Object.entries(one))("%s: its code is its class's, and only its guards hold", (kind, error) => {
  expect(error.code).toBe(CODE_OF[error.name]);
  expect(isWechatpayError(error)).toBe(true);
  const holding = Object.entries(guards)
    .filter(([, guard]) => guard(error))
    .map(([name]) => name);
  expect(holding).toEqual(expected[kind as keyof typeof one]);
});

test('the guards hold across realms by name and code, and refuse a name with the wrong code', () => {
  const context = vm.createContext({});
  const foreign = vm.runInContext(
    "(() => { const e = new Error('x'); e.name = 'VerificationError'; e.code = 'ERR_VERIFICATION'; return e; })()",
    context,
  ) as Error;
  const lying = vm.runInContext("(() => { const e = new Error('x'); e.name = 'VerificationError'; e.code = 'ERR_PARSE'; return e; })()", context) as Error;
  expect(isVerificationError(foreign)).toBe(true);
  expect(isWechatpayError(foreign)).toBe(true);
  expect(isVerificationError(lying)).toBe(false);
  expect(isParseError(lying)).toBe(false);
});

/** What `run` throws. */
function thrownBy(run: () => unknown): WechatpayError {
  try {
    run();
  } catch (error) {
    return error as WechatpayError;
  }
  throw new Error('expected a throw');
}

const rsaKey = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;

test.each([
  ['AesGcm.decrypt with a wrong key', 'VerificationError', () => AesGcm.decrypt(AesGcm.encrypt('m', 'a'.repeat(32), 'nonce'), 'b'.repeat(32), 'nonce')],
  ['AesEcb.decrypt of junk', 'VerificationError', () => AesEcb.decrypt('not base64!', 'a'.repeat(32))],
  ['Rsa.decrypt of junk', 'VerificationError', () => Rsa.decrypt('%%%', rsaKey)],
  ['Transformer.toArray of junk', 'ParseError', () => Transformer.toArray('<xml><a></xml>')],
  ['Transformer.toXml of a bad element name', 'InvalidRequestError', () => Transformer.toXml({ 'a b': '1' })],
  ['Rsa.from of junk', 'ConfigurationError', () => Rsa.from('junk', 'public')],
] as const)('%s throws a %s with its code', (_what, name, run) => {
  const error = thrownBy(run);
  expect(error.name).toBe(name);
  expect(error.code).toBe(CODE_OF[name]);
});
