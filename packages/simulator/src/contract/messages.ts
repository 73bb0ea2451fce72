import type { Problem } from './check';
import type { Location, Refusal } from './request';

/**
 * A refusal in WeChat Pay's words: it quotes the field as a path from the input's root
 * (`/body/amount/total`, `/body/xml/total_fee`) and the field's Chinese name, then says, in
 * Chinese and in English, what was wrong:
 * `无法将 JSON 输入源“/body/amount/total”映射到目标字段“总金额”中，此字段需要一个合法的 64 位有符号整数`.
 */

/** What a value of each type is called in WeChat Pay's type messages. */
const WANTED: Record<string, string> = {
  'a string': '一个合法的字符串',
  'an integer': '一个合法的 64 位有符号整数',
  'a number': '一个合法的数字',
  'a boolean': '一个合法的布尔值',
  'an object': '一个合法的 Json 对象',
  'an array': '一个合法的 Json 数组',
  'JSON text': '一个合法的 JSON 字符串',
};

const RULES: Record<Exclude<Problem['rule'], 'type' | 'required'>, string> = {
  enum: '取值不在枚举范围内',
  length: '长度校验失败',
  pattern: '格式校验失败',
  format: '格式校验失败',
  range: '取值范围校验失败',
};

/** `/body/amount/total` for the field `amount.total` of an APIv3 body; `/body/xml/total_fee` for APIv2. */
export function pointerOf(field: string, location: Location, api: 2 | 3): string {
  const root = api === 2 && location === 'body' ? '/body/xml' : `/${location}`;
  const steps = field === '' ? [] : field.replace(/\[(\d+)\]/g, '.$1').split('.');
  return [root, ...steps].join('/');
}

/**
 * The message of a refusal, naming the field's path and what was wrong.
 *
 * @example refusalMessage({ problem: { field: 'appid', rule: 'required', expected: 'required', label: '公众号ID' }, location: 'body' }, 3)
 * // '输入源“/body/appid”映射到字段“公众号ID”必填性规则校验失败，此字段为必填项 (appid is required)'
 */
export function refusalMessage({ problem, location }: Refusal, api: 2 | 3): string {
  const pointer = pointerOf(problem.field, location, api);
  const name = problem.label ?? problem.field.split('.').pop() ?? '';
  const field = problem.field || `the ${location}`;
  if (problem.rule === 'required') {
    if (problem.field === '') return `请求体为空，此接口需要请求参数 (${problem.expected} is required)`;
    const what = problem.expected === 'required' ? field : problem.expected;
    return `输入源“${pointer}”映射到字段“${name}”必填性规则校验失败，此字段为必填项 (${what} is required)`;
  }
  if (problem.rule === 'type') {
    const wanted = WANTED[problem.expected] ?? problem.expected;
    return `无法将${api === 3 ? ' JSON ' : ''}输入源“${pointer}”映射到目标字段“${name}”中，此字段需要${wanted} (${field} must be ${problem.expected})`;
  }
  return `输入源“${pointer}”映射到字段“${name}”${RULES[problem.rule]} (${field} must be ${problem.expected})`;
}

/** The English of what was wrong, for APIv3's `detail.issue`. */
export function issueOf(problem: Problem): string {
  if (problem.rule !== 'required') return `must be ${problem.expected}`;
  return problem.expected === 'required' ? 'is required' : `${problem.expected} is required`;
}
