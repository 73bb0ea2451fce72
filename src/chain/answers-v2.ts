/**
 * APIv2 endpoints whose answers carry no `sign`, so none is checked (PROTOCOL.md; the PHP SDK's
 * list with its two wrong `mmpaymkttransfers/*_bank` entries corrected to `mmpaysptrans/*`).
 * Paths as sent, without the `v2` prefix. The one place this list lives.
 */
export const UNSIGNED_V2: ReadonlySet<string> = new Set([
  '/mchrisk/querymchrisk',
  '/mchrisk/setmchriskcallback',
  '/mchrisk/syncmchriskresult',
  '/mmpaymkttransfers/gethbinfo',
  '/mmpaymkttransfers/gettransferinfo',
  '/mmpaymkttransfers/promotion/paywwsptrans2pocket',
  '/mmpaymkttransfers/promotion/querywwsptrans2pocket',
  '/mmpaymkttransfers/promotion/transfers',
  '/mmpaymkttransfers/sendgroupredpack',
  '/mmpaymkttransfers/sendminiprogramhb',
  '/mmpaymkttransfers/sendredpack',
  '/mmpaysptrans/pay_bank',
  '/mmpaysptrans/query_bank',
  '/papay/entrustweb',
  '/papay/h5entrustweb',
  '/papay/partner/entrustweb',
  '/papay/partner/h5entrustweb',
  '/pay/downloadbill',
  '/pay/downloadfundflow',
  '/payitil/report',
  '/risk/getpublickey',
  '/risk/getviolation',
  '/secapi/mch/submchmanage',
  '/xdc/apiv2getsignkey/sign/getsignkey',
]);

/** Endpoints that answer a file (CSV, or gzip when asked) on success and XML only on error. */
export const FILE_ANSWER_V2: ReadonlySet<string> = new Set(['/pay/downloadbill', '/pay/downloadfundflow']);
