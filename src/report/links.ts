// The only pages the report links from run data, and the form each must have: a run.json or jobs.json in a logs
// folder can say anything (an issue URL would cross-link that issue, a malformed one break the Markdown).

/** An Actions run page (`https://host/owner/repo/actions/runs/123`, or one of its attempts). */
export const RUN_URL =
  /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/actions\/runs\/\d+(?:\/attempts\/\d+)?\/?$/;

/** A job's page (`https://host/owner/repo/actions/runs/123/job/456`), not the API's URL of the job. */
export const JOB_URL =
  /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/actions\/runs\/\d+\/job\/\d+\/?$/;
