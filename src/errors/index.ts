export * from './errors';
export * from './guards';
export { redact, REDACTED, describePath, scrubError, MAX_RENDER_DEPTH } from './redact';
