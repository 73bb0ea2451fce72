export * from './errors';
export { redact, REDACTED, describePath, MAX_RENDER_DEPTH } from './redact';
