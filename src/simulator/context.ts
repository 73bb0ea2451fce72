import type { FaultBoard } from './faults';
import type { Notifier } from './notify';
import type { Resolved } from './options';
import type { Platform } from './platform';
import type { SimState } from './state';

/** What every handler may use: the options, the keys, the state, the switches, the notifier. */
export interface SimContext {
  options: Resolved;
  platform: Platform;
  state: SimState;
  faults: FaultBoard;
  notifier: Notifier;
  /** The simulator's own URL (`http://127.0.0.1:<port>/`), known once it listens. */
  url: string;
}
