export { startSimulator } from './server';
export type { Simulator, SimulatorOptions } from './server';
export type { StoredReport } from './v2/report';
