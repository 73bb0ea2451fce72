// TEMPORARY stub until scripts/generate.ts runs.
export const CERT_REQUIRED_V2: ReadonlySet<string> = new Set(['/secapi/pay/refund']);
