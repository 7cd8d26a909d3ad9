// Strict-mode blocks (`STRICT MODE: Blocking entire response - N/M items violate DIFC policy`) tied to the call they
// belong to. The record names no tool: the `MCP tool call error … tool=X, error=DIFC policy violation: N of M items …`
// record the gateway writes right after it does, and the `[DIFC] Filtered collection: (M-N)/M items accessible` debug
// count written right before it is the same call (it must not be counted a second time).
import type { EventOf } from '../model/types.js';
import type { RunView } from './view.js';

export interface StrictBlockInfo {
  block: EventOf<'StrictBlock'>;
  /** The tool of the blocked call, when its error record was found. */
  tool: string | null;
}

export interface StrictBlocks {
  blocks: StrictBlockInfo[];
  /** The gateway `Filtered collection` counts that are the blocked calls themselves. */
  sameCall: Set<EventOf<'FilterCount'>>;
}

const VIOLATION = /^DIFC policy violation: (\d+) of (\d+) items in response are not accessible/;

/** How many records apart the paired records may be (the gateway writes them back to back). */
const NEAR = 50;

export function strictBlocksOf(view: RunView): StrictBlocks {
  const blocks = view.of('StrictBlock');
  const sameCall = new Set<EventOf<'FilterCount'>>();
  if (blocks.length === 0) return { blocks: [], sameCall };
  const errors = view.of('ToolCallError').filter((e) => e.source === 'gateway' && VIOLATION.test(e.error));
  const counts = view.of('FilterCount').filter((c) => c.source === 'gateway');
  const usedErrors = new Set<EventOf<'ToolCallError'>>();
  const out: StrictBlockInfo[] = [];
  for (const block of blocks) {
    const { file, line } = block.loc;
    let error: EventOf<'ToolCallError'> | null = null;
    for (const e of errors) {
      if (usedErrors.has(e) || e.loc.file !== file || e.loc.line <= line || e.loc.line > line + NEAR)
        continue;
      const m = VIOLATION.exec(e.error)!;
      if (Number(m[1]) !== block.filtered || (block.total !== null && Number(m[2]) !== block.total)) continue;
      if (!error || e.loc.line < error.loc.line) error = e;
    }
    if (error) usedErrors.add(error);
    let count: EventOf<'FilterCount'> | null = null;
    for (const c of counts) {
      if (sameCall.has(c) || c.loc.file !== file || c.loc.line >= line || c.loc.line < line - NEAR) continue;
      if (c.filtered !== block.filtered || (block.total !== null && c.total !== block.total)) continue;
      if (!count || c.loc.line > count.loc.line) count = c;
    }
    if (count) sameCall.add(count);
    out.push({ block, tool: error ? error.tool : null });
  }
  return { blocks: out, sameCall };
}
