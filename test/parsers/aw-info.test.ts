// aw_info.json (FORMATS.md §2): `run_id` as number or string, `awf_version` vs `firewall_version`, pretty or compact.
import { describe, expect, it } from 'vitest';
import { createReadStream } from 'node:fs';
import { parseAwInfo } from '../../src/parsers/aw-info.js';
import { streamOf } from './helpers.js';
import { itReal, realFile } from '../support/real-corpus.js';

const CORPUS_AW_INFO = realFile('aw_info.json');

// §2, real gh-aw v0.43.18 (compact form of the file).
const REAL =
  '{"engine_id":"copilot","engine_name":"GitHub Copilot CLI","model":"","version":"","agent_version":"0.0.409","cli_version":"v0.43.18",' +
  '"workflow_name":"Star List Maintainer","experimental":false,"supports_tools_allowlist":true,"supports_http_transport":true,' +
  '"run_id":21986494867,"run_number":2,"run_attempt":"2","repository":"matt-riley/matt-riley","ref":"refs/heads/master",' +
  '"sha":"3ca1b00391ce345e80825ae49a2bab74ccc7879d","actor":"matt-riley","event_name":"workflow_dispatch","staged":false,' +
  '"allowed_domains":["github"],"firewall_enabled":true,"awf_version":"v0.16.4","awmg_version":"","steps":{"firewall":"squid"},' +
  '"created_at":"2026-02-13T12:36:53.327Z"}';

const parse = (text: string | Buffer) => parseAwInfo(streamOf(text));

describe('aw_info.json', () => {
  itReal('reads the real file (pretty-printed) and its fields', async () => {
    const { info, error } = await parseAwInfo(createReadStream(CORPUS_AW_INFO));
    expect(error).toBeNull();
    expect(info).toMatchObject({
      runId: '21986494867',
      workflowName: 'Star List Maintainer',
      repository: 'matt-riley/matt-riley',
      ref: 'refs/heads/master',
      eventName: 'workflow_dispatch',
      firewallVersion: 'v0.16.4',
    });
    expect(info!.raw.engine_id).toBe('copilot');
  });

  it('reads the compact form with the number run_id', async () => {
    const { info } = await parse(REAL);
    expect(info).toMatchObject({ runId: '21986494867', firewallVersion: 'v0.16.4' });
  });

  it('accepts run_id as a string (older files) and ignores one that is not an id', async () => {
    expect((await parse('{"run_id":"18312345678","run_attempt":"1"}')).info?.runId).toBe('18312345678');
    expect((await parse('{"run_id":" 18312345678 "}')).info?.runId).toBe('18312345678');
    expect((await parse('{"run_id":"${{ github.run_id }}"}')).info?.runId).toBeNull();
    expect((await parse('{"run_id":null}')).info?.runId).toBeNull();
    expect((await parse('{}')).info?.runId).toBeNull();
  });

  it('takes the AWF version from `awf_version`, else the older `firewall_version`', async () => {
    expect((await parse('{"firewall_version":"v0.7.0","firewall_enabled":true}')).info?.firewallVersion).toBe(
      'v0.7.0',
    );
    expect((await parse('{"awf_version":"v0.28.4","firewall_version":"v0.7.0"}')).info?.firewallVersion).toBe(
      'v0.28.4',
    );
    expect((await parse('{"awf_version":"","firewall_version":"v0.7.0"}')).info?.firewallVersion).toBe(
      'v0.7.0',
    );
    expect((await parse('{"firewall_enabled":false}')).info?.firewallVersion).toBeNull();
  });

  it('treats empty strings as absent and tolerates a BOM', async () => {
    const { info } = await parse(
      '\uFEFF{"workflow_name":"","repository":"octo/app","ref":"","event_name":"schedule"}',
    );
    expect(info).toMatchObject({
      workflowName: null,
      repository: 'octo/app',
      ref: null,
      eventName: 'schedule',
    });
  });

  it('reports invalid JSON and a non-object, and returns nothing for an empty file', async () => {
    expect(await parse('{"run_id": 1')).toMatchObject({
      info: null,
      error: expect.stringContaining('invalid JSON'),
    });
    expect(await parse('[1,2]')).toEqual({ info: null, error: 'not a JSON object' });
    expect(await parse('')).toEqual({ info: null, error: null });
  });
});
