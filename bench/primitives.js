'use strict';
/**
 * The cryptographic and XML work a call cannot avoid, timed alone with the SDK's own exports:
 * per APIv3 call one Rsa.sign (request) and one Rsa.verify (answer); per APIv2 call one
 * Hash.sign, one Transformer.toXml (request) and one Transformer.toArray (answer). run.js takes
 * these and bare axios' time away from the SDK's to get its own overhead per call.
 *
 * @example const { v2, v3 } = measurePrimitives(keys); // µs per call
 */
const { createPrivateKey, createPublicKey, createSign, randomBytes } = require('node:crypto');
const { MCHID, SECRET, SEED_XML, V2_ANSWER, V3_ANSWER, transactionId } = require('./fixtures');

/** Mean µs of `fn` over `count` runs, after `count / 5` runs of warm-up. */
function time(fn, count) {
  for (let i = 0; i < count / 5; i += 1) fn(i);
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i += 1) fn(i);
  return Number(process.hrtime.bigint() - start) / 1e3 / count;
}

function measurePrimitives(keys) {
  const { Rsa, Hash, Transformer, Formatter } = require('../dist/index.cjs');
  const merchantKey = createPrivateKey(keys.merchant.privatePem);
  const platformKey = createPublicKey(keys.platform.publicPem);

  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = randomBytes(16).toString('hex');
  const answer = Buffer.from(`${timestamp}\n${nonce}\n${V3_ANSWER}\n`);
  const answerSignature = createSign('RSA-SHA256').update(answer).sign(keys.platform.privatePem, 'base64');
  const uri = (i) => `/v3/pay/transactions/id/${transactionId(i)}?mchid=${MCHID}`;
  const rsaSign = time((i) => Rsa.sign(`GET\n${uri(i)}\n${timestamp}\n${nonce}\n\n`, merchantKey), 1500);
  const rsaVerify = time(() => {
    if (!Rsa.verify(answer, answerSignature, platformKey)) throw new Error('bench: verify failed');
  }, 5000);

  const fields = { ...SEED_XML, nonce_str: 'Kx0bJ6eS1PjZ8Ts4qXm2VvN9cL7rA3dF' };
  const plain = Object.keys(fields)
    .sort()
    .map((key) => `${key}=${fields[key]}`)
    .join('&');
  const signed = { ...fields, sign: Hash.sign('MD5', plain, SECRET) };
  const answerXml = Buffer.from(V2_ANSWER);
  const hashSign = time(() => Hash.sign('MD5', plain, SECRET), 20000);
  const toXml = time(() => Transformer.toXml(signed), 20000);
  const toArray = time(() => Transformer.toArray(answerXml), 20000);

  // Formatter is loaded only to prove the bundle exports what the SDK's steps use.
  if (typeof Formatter.nonce !== 'function') throw new Error('bench: dist lacks Formatter');
  return {
    parts: { rsaSign, rsaVerify, hashSign, toXml, toArray },
    v3: rsaSign + rsaVerify,
    v2: hashSign + toXml + toArray,
  };
}

module.exports = { measurePrimitives };
