/**
 * What `v2/pay/downloadbill` and `v2/pay/downloadfundflow` resolve to: the bill's CSV text, or its
 * gzip bytes when asked with `tar_type: 'GZIP'`. An XML answer is an error and rejects instead.
 */
export type V2BillFile = string | Buffer;
