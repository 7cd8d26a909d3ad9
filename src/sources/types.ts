// The Source interface: a source yields runs, each with metadata and a set of readable files.
import type { Readable } from 'node:stream';
import type { CoverageNote, RunMeta } from '../model/types.js';

export interface EvidenceFile {
  /** Path inside the run, `/`-separated, artifact folder first when there is one (`agent/mcp-logs/mcp-gateway.log`). */
  path: string;
  /** The artifact the file came from (folder or zip name), or null when the run folder holds it directly. */
  artifact: string | null;
  size: number | null;
  open(): Promise<Readable>;
}

export interface RunInput {
  meta: RunMeta;
  files: EvidenceFile[];
  notes: CoverageNote[];
  /** Job log text for the activation / pre_activation jobs, when the source has it (`workflow-logs/`). */
  repositoryPrivate?: boolean | null;
  /** Releases file handles (zip files). */
  close(): Promise<void>;
}
