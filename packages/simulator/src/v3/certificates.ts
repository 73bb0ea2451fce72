import type { SimContext } from '../context';
import { ids } from '../state';
import type { V3Result } from './reply';
import { AesGcm, BeijingTime } from 'wechatpay-ts';

/**
 * `GET /v3/certificates`: the platform certificate, encrypted with the APIv3 key
 * (AEAD_AES_256_GCM, associated_data `certificate`), the answer signed like any other: under the
 * public-key id when the request names it (a client that holds it trusts the list on its word), else
 * under the certificate serial (a client with no key yet checks the certificate against the CA).
 *
 * @example certificates(ctx).json // { data: [{ serial_no, effective_time, expire_time, encrypt_certificate }] }
 */
export function certificates(ctx: SimContext): V3Result {
  const { platform, options } = ctx;
  const nonce = ids.nonce(12);
  const associatedData = 'certificate';
  return {
    status: 200,
    json: {
      data: [
        {
          serial_no: platform.certificateSerial,
          effective_time: BeijingTime.rfc3339(platform.notBefore),
          expire_time: BeijingTime.rfc3339(platform.notAfter),
          encrypt_certificate: {
            algorithm: 'AEAD_AES_256_GCM',
            nonce,
            associated_data: associatedData,
            ciphertext: AesGcm.encrypt(platform.certificatePem, options.apiv3Key, nonce, associatedData),
          },
        },
      ],
    },
  };
}
