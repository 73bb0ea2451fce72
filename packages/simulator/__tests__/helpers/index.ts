// The simulator tests' helpers: keys, clients and hand-made requests (sim.ts); a file's servers and the waits on them (fixture.ts).
export * from './sim';
export * from './fixture';
