/** How the payer behaves at a code payment (付款码: v2 `pay/micropay`, v3 `pay/transactions/codepay`). */
export const MICROPAY_SCENARIOS = ['success', 'userpaying', 'systemerror'] as const;
/**
 * success: paid at once (the default); userpaying: the payment answers USERPAYING (the payer is
 * typing a password) and the order stays so; systemerror: the payment answers SYSTEMERROR (v3: 500
 * SYSTEM_ERROR) and the order stays NOTPAY. A pending order is paid at its `paidOnQuery`-th query,
 * or never (the merchant must reverse it).
 */
export type MicropayScenario = (typeof MICROPAY_SCENARIOS)[number];

export interface MicropayScenarioOptions {
  /** userpaying/systemerror: the order is paid at this query of it (1 = the first); absent, never. */
  paidOnQuery?: number;
  /** The reverse answers `recall: Y` (v3: 500 SYSTEM_ERROR) this many times before it reverses (default 0). */
  recalls?: number;
  /** How many code-payment orders follow it (default 1). */
  times?: number;
}

/**
 * Scripts for the next code payments.
 *
 * @example
 * sim.micropay.set('userpaying', { paidOnQuery: 2 });   // USERPAYING, then paid at the 2nd query
 * sim.micropay.set('userpaying');                       // USERPAYING, never paid: the merchant reverses
 * sim.micropay.set('systemerror', { recalls: 1 });      // SYSTEMERROR; the reverse asks to be called again once
 */
export interface MicropayScenarios {
  set(scenario: MicropayScenario, options?: MicropayScenarioOptions): void;
  clear(): void;
  active(): MicropayScenario | undefined;
}
