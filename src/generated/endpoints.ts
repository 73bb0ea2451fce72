// TEMPORARY stub until scripts/generate.ts runs.
import type { EndpointVerb, V2Options } from '../chain/types';
export interface Endpoints { 'v2/payitil/report': { post: EndpointVerb<V2Options & { xml: Record<string, unknown> }, { return_code: string; return_msg: string; result_code?: string }> } }
export interface PathTree { '': { v2: 'v2' }; v2: { payitil: 'v2/payitil' }; 'v2/payitil': { report: 'v2/payitil/report' } }
