/**
 * The contract engine: every operation of the WeChat Pay API description, compiled
 * (scripts/contract.ts writes data.ts), matched by method and path template, its requests
 * checked and its answers built from its schemas. It knows nothing of the server: the APIv2 and
 * APIv3 layers of the simulator hand it what they read and write what it returns.
 */
export { match, node, operation, operationCount, parsedCount, templateOf, type RouteMatch } from './catalog';
export { check, type Mode, type Problem } from './check';
export { build, type Echo } from './answer';
export { fileAnswer, csv, pdf, png, type FileAnswer } from './files';
export { issueOf, pointerOf, refusalMessage } from './messages';
export { boundaryOf, readMultipart, type Part } from './multipart';
export { formFields, queryFields, v2Refusal, v3Refusal, type Location, type Refusal, type V3Parts } from './request';
export type { AnswerKind, Node, Operation, Ref, Scalar } from './types';
