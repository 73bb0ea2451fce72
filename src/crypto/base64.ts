/** Strict base64 (standard alphabet, canonical padding): anything else is not a ciphertext or signature. */
export const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
