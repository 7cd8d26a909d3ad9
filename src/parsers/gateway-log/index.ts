// The gateway log parser, split along its concerns: framing.ts (records from lines), prefilter.ts (which records
// are decoded at all), classify.ts and classify-*.ts (per category, with their tables), state.ts (what they share).
export { GatewayRecordParser, parseGatewayLog, RECORD_START } from './framing.js';
export type { GatewayFileKind, GatewayLogContext } from './state.js';
export { environmentFailure } from './classify-startup.js';
export { parsePolicy } from './classify-difc.js';
