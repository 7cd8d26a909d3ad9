// wasm-guard-trap: a WASM guard trapped (a Rust panic surfaces as `wasm error: unreachable`), with its blast radius:
// the later tool calls refused because the guard was unavailable.
import type { Loc } from '../model/types.js';
import { c, plural, rich } from '../util/message.js';
import type { EventOf } from '../model/types.js';
import { FindingGroups, groupBy, num, type Tally } from './group.js';
import type { Rule, RuleOutput } from './types.js';

const FUNC_OF_KIND = { response: 'label_response', guard: 'label_resource', session: 'label_agent' } as const;

/** The labeling kind of a client error text (`response labeling failed: …` etc.). */
function kindOfClientError(error: string): keyof typeof FUNC_OF_KIND | null {
  if (error.startsWith('response labeling failed')) return 'response';
  if (error.startsWith('guard labeling failed') || error.startsWith('resource labeling failed'))
    return 'guard';
  if (error.startsWith('guard session initialization failed')) return 'session';
  return null;
}

interface Group {
  guard: string;
  func: string;
  cause: string;
  source: string;
  legacy: boolean;
  count: number;
  evidence: Loc[];
}

export const wasmGuardTrap: Rule = {
  meta: {
    id: 'wasm-guard-trap',
    defaultSeverity: 'warning',
    title: 'WASM guard trap',
    why: 'The guard panicked or trapped while labeling. Since gateway v0.2.6 the guard is then permanently failed for the process: every later call on that server is refused (fail-closed), so the agent lost its GitHub tools for the rest of the run.',
    fix: 'Report the trap with its stack trace to the guard maintainers (github/gh-aw-mcpg) and upgrade the gateway when a fix ships. The follow-on failures are the calls the agent lost.',
    perRun: true,
    messages: {
      default: 'WASM guard `{{guard}}` trapped in `{{func}}` (`{{cause}}`)',
      refused:
        'WASM guard `{{guard}}` trapped in `{{func}}` (`{{cause}}`); {{refused:later call:later calls}} refused',
    },
  },
  check({ view }) {
    const groups = new FindingGroups<Omit<Group, keyof Tally>>();
    const add = (guard: string, func: string, cause: string, source: string, legacy: boolean, l: Loc) =>
      groups.add([guard, func, cause, source].join('\u0000'), l, () => ({
        guard,
        func,
        cause,
        source,
        legacy,
      }));
    const traps = view.of('WasmTrap');
    for (const t of traps) add(t.guard, t.func, t.cause, t.source, false, t.loc);

    // Older gateways logged no trap record: a `wasm error:` inside a labeling failure that no trap covers.
    const covered = (guard: string | null) => traps.some((t) => guard === null || t.guard === guard);
    const legacy = view.of('LabelingFailure').filter((f) => f.wasm && !f.afterTrap && !covered(f.guard));
    for (const f of legacy) {
      add(
        f.guard ?? f.wasm!.module ?? f.server ?? 'unknown',
        FUNC_OF_KIND[f.kind],
        f.wasm!.cause,
        f.source === 'proxy' ? 'proxy' : 'gateway',
        true,
        f.loc,
      );
    }
    if (legacy.length === 0) {
      // No labeling-failure record at all: the client errors are the only trace (one per call).
      const clientOnly = view
        .of('ToolCallError')
        .filter((e) => e.wasm && !e.afterTrapGuard && !covered(e.wasm.module));
      if (view.of('LabelingFailure').length === 0) {
        for (const e of clientOnly) {
          const kind = kindOfClientError(e.error);
          if (kind)
            add(e.wasm!.module ?? 'unknown', FUNC_OF_KIND[kind], e.wasm!.cause, e.source, true, e.loc);
        }
      }
    }

    // Blast radius: calls refused after the trap, by process (gateway / proxy) and guard; the first trap of a guard
    // poisoned it, so its follow-ons are counted there.
    const followOns: Map<string, EventOf<'ToolCallError'>[]> = groupBy(
      view.of('ToolCallError').filter((e) => e.afterTrapGuard),
      (e) => `${e.source}\u0000${e.afterTrapGuard}`,
    );
    // Since 2026-08-16 each refused guard call also has a debug `callWasmFunction: guard=%s is unavailable after a
    // previous trap` line. It is the same call as its error record, so it counts only where no error record was logged.
    const refusals = new Map(
      [...groupBy(view.of('GuardRefusal'), (r) => `${r.source}\u0000${r.guard}`)].map(([k, rs]) => [
        k,
        rs.map((r) => r.loc),
      ]),
    );
    const out: RuleOutput[] = [];
    const attributed = new Set<string>();
    for (const g of groups.values()) {
      const fk = `${g.source}\u0000${g.guard}`;
      const first = !g.legacy && !attributed.has(fk);
      const refused = first ? (followOns.get(fk) ?? []) : [];
      const debugOnly = first && refused.length === 0 ? (refusals.get(fk) ?? []) : [];
      if (refused.length + debugOnly.length > 0) attributed.add(fk);
      const failures = refused.length + debugOnly.length;
      const details: Record<string, unknown> = {
        guard: g.guard,
        func: g.func,
        cause: g.cause,
        followOnFailures: failures,
      };
      if (g.legacy) details.legacy = true;
      if (g.source === 'proxy') details.source = 'proxy';
      const tools = [...new Set(refused.map((r) => r.tool).filter(Boolean))].slice(0, 20);
      if (tools.length > 0) details.refusedTools = tools;
      out.push({
        message: {
          id: failures ? 'refused' : 'default',
          data: { guard: g.guard, func: g.func, cause: g.cause, refused: failures },
        },
        key: { guard: g.guard, func: g.func, cause: g.cause, source: g.source },
        count: g.count,
        details,
        evidence: [...g.evidence, ...refused.slice(0, 2).map((r) => r.loc), ...debugOnly.slice(0, 2)],
      });
    }
    return out;
  },
  describe: (d) => {
    const tools = Array.isArray(d.refusedTools) ? (d.refusedTools as unknown[]) : [];
    const refused = num(d.followOnFailures);
    return [
      rich`Guard ${c(d.guard)} trapped in ${c(d.func)}: ${c(d.cause)}${d.source === 'proxy' ? ' (in the DIFC proxy)' : ''}${d.legacy ? ' (an older gateway: no trap record, read from the labeling error)' : ''}.`,
      refused > 0
        ? rich`${plural(refused, 'later call', 'later calls')} refused${tools.length ? ': ' : ''}${tools.slice(0, 10).map((t) => c(t))}.`
        : rich`No later call was refused.`,
    ];
  },
};
