// A refund as the simulator keeps it, its states, and the scripts that hold the next ones PROCESSING.
/** A refund, by `out_refund_no`. */
export interface SimRefund {
  api: 'v2' | 'v3';
  out_refund_no: string;
  refund_id: string;
  out_trade_no: string;
  transaction_id: string;
  /** In fen. */
  amount: { refund: number; total: number; currency: string };
  /** SUCCESS at once, unless `refundScenarios` holds it PROCESSING until `finishRefund`. */
  status: RefundStatus;
  reason?: string;
  notify_url?: string;
  created: Date;
  /** Set when it succeeded. */
  success_time?: Date;
}

/** A refund's states as WeChat Pay names them: PROCESSING, then one of the three final ones. */
export const REFUND_STATUSES = ['PROCESSING', 'SUCCESS', 'ABNORMAL', 'CLOSED'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];
/** How a held (PROCESSING) refund ends: `finishRefund`'s outcomes. */
export type RefundOutcome = Exclude<RefundStatus, 'PROCESSING'>;

/** How the next refunds go: `success` at once (the default), or `processing` until `sim.finishRefund`. */
export const REFUND_SCENARIOS = ['success', 'processing'] as const;
export type RefundScenario = (typeof REFUND_SCENARIOS)[number];

/**
 * Scripts for the next refunds.
 *
 * @example
 * sim.refundScenarios.set('processing', { times: 1 }); // the next refund answers PROCESSING
 * await sim.finishRefund('R1', 'SUCCESS');             // then succeeds, and REFUND.SUCCESS is sent
 */
export interface RefundScenarios {
  set(scenario: RefundScenario, options?: { times?: number }): void;
  clear(): void;
  active(): RefundScenario | undefined;
}
