export * from './errors';
export { redact, REDACTED } from './redact';
