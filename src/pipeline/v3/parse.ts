import type { AxiosResponse } from 'axios';
import { ParseError } from '../../errors';
import { finishResponse, rawBodyOf, requestIdOf } from '../response';
import type { CallState } from '../state';

function parseJson(text: string, requestId: string | undefined): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ParseError(`The answer is not JSON${requestId ? ` (Request-ID ${requestId})` : ''}`, requestId);
  }
}

/** After verification; a file answer is never parsed. */
export function v3Parse(state: CallState, response: AxiosResponse): AxiosResponse {
  const { dataAs, answerKind: answer } = state.route;
  const { host } = state.plan.target;
  // A stream stays axios' own response (its body is read by the caller), with the host added.
  if (dataAs === 'stream') return Object.assign(response, { host });
  const raw = rawBodyOf(response);
  if (answer.file !== undefined && dataAs === 'data') {
    const gzip = raw[0] === 0x1f && raw[1] === 0x8b;
    return finishResponse(response, raw, answer.file === 'text' && !gzip ? 'text' : 'arraybuffer', () => undefined, host);
  }
  return finishResponse(response, raw, dataAs, () => (raw.length === 0 ? undefined : parseJson(raw.toString('utf8'), requestIdOf(response))), host);
}
