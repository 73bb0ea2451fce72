import type { AxiosResponse } from 'axios';
import { finishResponse, rawBodyOf } from '../response';
import type { CallState } from '../state';

/** After verification; a gzip bill stays bytes, which would not survive decoding as text. */
export function v2Parse(state: CallState, response: AxiosResponse): AxiosResponse {
  const { route, dictionary, plan } = state;
  const raw = rawBodyOf(response);
  if (dictionary === undefined) {
    const gzip = raw[0] === 0x1f && raw[1] === 0x8b;
    return finishResponse(response, raw, route.dataAs === 'data' ? (gzip ? 'arraybuffer' : 'text') : route.dataAs, () => undefined, plan.target.host);
  }
  return finishResponse(response, raw, route.dataAs, () => dictionary, plan.target.host);
}
