/** The misbehaviours the simulator can put on. */
export const FAULT_KINDS = ['forge', 'probe', 'stale', 'delay', 'server-error', 'drop', 'unreachable'] as const;
/**
 * forge: a signature over other bytes (v3) / a wrong sign (v2); probe: a `WECHATPAY/SIGNTEST/`
 * signature; stale: Wechatpay-Timestamp 10 minutes old; delay: wait `delayMs` before answering;
 * server-error: 500 (or `status`) with SYSTEM_ERROR / v2 SYSTEMERROR, before anything is done;
 * drop: the request is carried out, then the socket destroyed instead of answering;
 * unreachable: `sim.url` stops listening (connections refused) until cleared, while `sim.backupUrl`
 * (option `backup`) keeps answering.
 */
export type FaultKind = (typeof FAULT_KINDS)[number];

/**
 * Fault switches. Each applies to the next `times` answers it can affect (forge, probe and stale
 * only signed answers), or until cleared.
 *
 * @example
 * sim.faults.set('forge', { times: 1 });
 * sim.faults.set('delay', { delayMs: 2000 });
 * sim.faults.clear();
 */
export interface Faults {
  set(kind: FaultKind, options?: { times?: number; delayMs?: number; status?: number }): void;
  clear(kind?: FaultKind): void;
  active(): FaultKind[];
}
