import type { FaultBoard } from './faults';
import type { MicropayBoard } from './micropay';
import type { Notifier } from './notify';
import type { Resolved } from './options';
import type { Platform } from './platform';
import type { RefundBoard } from './refund-board';
import type { SimState } from './state';

/** What every handler may use: the options, the keys, the state, the switches, the code-payment scripts, the notifier. */
export interface SimContext {
  options: Resolved;
  platform: Platform;
  state: SimState;
  faults: FaultBoard;
  /** The scripts of the next code payments. */
  micropay: MicropayBoard;
  /** The scripts of the next refunds. */
  refunds: RefundBoard;
  notifier: Notifier;
  /** The simulator's own URL (`http://127.0.0.1:<port>/`), known once it listens. */
  url: string;
}
