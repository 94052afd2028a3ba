/**
 * GitHub repositories known to be archived (read-only, no longer maintained), for the content check
 * that stops articles from linking to them as if they were current. Keep the list short and sure:
 * every entry names the notice or review that establishes the archive, and the live successor an
 * article should link instead. Matching is on the `owner/name` path of a github.com or
 * raw.githubusercontent.com URL, case-insensitively.
 */
export interface ArchivedRepo {
  /** `owner/name` as GitHub spells it. */
  repo: string;
  /** When it was archived or its maintenance ended, as the source gives it. */
  since: string;
  /**
   * Where the content lives now, as a URL prefix; an article links here instead. A citation of the
   * archive notice itself passes when the same list item or paragraph also links here.
   */
  successor: string;
  /** Who says it is archived. */
  source: string;
}

export const ARCHIVED_REPOS: readonly ArchivedRepo[] = [
  {
    repo: "open-telemetry/oteps",
    since: "November 2024",
    successor: "https://github.com/open-telemetry/opentelemetry-specification",
    source:
      "OTEPs moved into the specification repository and open-telemetry/oteps was archived (oteps PR #268, opentelemetry.io PR #5862); second articles audit, finding 20",
  },
  {
    repo: "Netflix/conductor",
    since: "13 December 2023",
    successor: "https://github.com/conductor-oss/conductor",
    source:
      'Netflix/conductor README: "Effective December 13, 2023, Netflix will discontinue maintenance of Conductor OSS on GitHub"; research/domain-model.md [NFLX-COND-ANNOUNCE]',
  },
  {
    repo: "slackhq/slack-api-docs",
    since: "before 2026",
    successor: "https://api.slack.com/",
    source: "research/ecosystem.md, link unfurling (slackhq/slack-api-docs is an archived repo)",
  },
];

/** The archived repository a URL points into, or undefined. */
export function archivedRepoOf(href: string): ArchivedRepo | undefined {
  const match =
    /^https:\/\/(?:github\.com|raw\.githubusercontent\.com)\/([^/?#]+)\/([^/?#]+)/i.exec(href);
  if (!match) return undefined;
  const path = `${match[1]}/${match[2]}`.toLowerCase().replace(/\.git$/, "");
  return ARCHIVED_REPOS.find((r) => r.repo.toLowerCase() === path);
}
