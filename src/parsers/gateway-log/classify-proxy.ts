// `[proxy]` records (proxy.log, §7.3): refused requests, unrecognized endpoints, the proxy's filter counts.
import { canonicalTool } from '../tool-names.js';
import { isRecord, looseString, parseRedactedJson, partOf, str } from '../common.js';
import { type GatewayState, proxyLabelingRejection, type RecordHead, recordLoc } from './state.js';

// Patterns are module constants: a regex literal in a function is a new RegExp object each time it runs.
const REQUEST_REJECTED_STATUS_CODE = /^Request rejected: status=(\d+) code=(\S+) message=(.*?) err=(.*)$/s;
const RETURNING_PROXY_ENFORCEMENT_NOT = /^returning 503: proxy enforcement not configured/;
const UPSTREAM_RATE_LIMIT_HIT = /^upstream rate limit hit: /;
const UNRECOGNIZED_ENDPOINT = /^\[UNRECOGNIZED-ENDPOINT\] (\{.*)$/s;
const REDACTED_METHOD_START = /^\{"method":"[A-Z]+"/;
const PATH_FIELD = /"path":"([^"\s]*)/;
const DIFC_FILTERED_ITEMS_FOR = /^DIFC filtered (\d+)\/(\d+) items for \S+ \S+ \(tool=([^)]*)\)/;

export function classifyProxy(
  s: GatewayState,
  level: string,
  msg: string,
  h: RecordHead,
  cont: string[],
): void {
  const { emit } = s.ctx;
  let m: RegExpExecArray | null;
  if (level === 'ERROR') {
    if ((m = REQUEST_REJECTED_STATUS_CODE.exec(msg))) {
      const [, status, , message, err] = m;
      if (message.startsWith('resource labeling failed')) {
        proxyLabelingRejection(s, err, h, cont);
      } else if (status === '503') {
        emit({
          type: 'GatewayError',
          template: 'Proxy enforcement not configured',
          message: msg,
          loc: recordLoc(s, h),
        });
      }
    } else if (RETURNING_PROXY_ENFORCEMENT_NOT.test(msg)) {
      emit({
        type: 'GatewayError',
        template: 'Proxy enforcement not configured',
        message: msg,
        loc: recordLoc(s, h),
      });
    } else if (UPSTREAM_RATE_LIMIT_HIT.test(msg)) {
      emit({ type: 'RateLimit', kind: 'upstream', server: null, loc: recordLoc(s, h) });
    }
  } else if (level === 'WARN' && (m = UNRECOGNIZED_ENDPOINT.exec(msg))) {
    const v = parseRedactedJson(m[1]);
    if (isRecord(v))
      emit({
        type: 'UnrecognizedEndpoint',
        method: str(v.method),
        path: str(v.path),
        source: 'proxy',
        loc: recordLoc(s, h),
      });
    else if (v === undefined && m[1].includes('[REDACTED]') && REDACTED_METHOD_START.test(m[1]))
      // Redacted (§3.1): still one forwarded request; a path the redaction ran into is kept up to the cut.
      emit({
        type: 'UnrecognizedEndpoint',
        method: looseString(m[1], 'method') ?? '',
        path: looseString(m[1], 'path') ?? PATH_FIELD.exec(m[1])?.[1] ?? '',
        source: 'proxy',
        loc: recordLoc(s, h),
      });
  } else if (level === 'INFO' && (m = DIFC_FILTERED_ITEMS_FOR.exec(msg))) {
    const c = partOf(m[1], m[2]);
    if (c)
      emit({
        type: 'FilterCount',
        tool: m[3] ? s.names.get(canonicalTool(m[3])) : null,
        filtered: c.part,
        total: c.whole,
        source: 'proxy',
        loc: recordLoc(s, h),
      });
  }
}
