export { Rsa, type KeyLike, type KeyType, type KeyWithPassphrase } from './rsa';
export { AesGcm } from './aes-gcm';
export { AesEcb } from './aes-ecb';
export { PemUtil } from './pem-util';
