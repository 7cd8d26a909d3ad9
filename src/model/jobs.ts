// gh-aw's job names: the activation jobs run before the agent (FORMATS.md §10.2).

/** `activation` or `pre_activation`: the jobs whose failure means the agent never ran. */
export function isActivationJob(name: string | null): boolean {
  return name === 'activation' || name === 'pre_activation';
}
