export * from './errors';
export * from './guards';
export * from './failures';
export { redact, REDACTED, describePath, scrubError, MAX_RENDER_DEPTH } from './redact';
