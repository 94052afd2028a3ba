/**
 * Named experts whose employer or company sells a product in the field the articles compare. The
 * articles quote them, so each article discloses the affiliation where it first names them (issue
 * 25: "affiliations disclosed uniformly"). The content check looks for `affiliation` in the same
 * paragraph, list item or table cell as the article's first mention of `name`. Authors without a
 * product in the field (Newman, Fowler, the Hard Parts authors) are not listed; Richardson's own
 * framework, Eventuate Tram Sagas, is named as his wherever an article discusses it.
 */
export interface AffiliatedExpert {
  /** The surname as the articles write it. */
  name: string;
  /** Matches the disclosure: the relationship and the company ("a Camunda co-founder"). */
  affiliation: RegExp;
  /** What to say, for the check's message. */
  disclose: string;
  /** Where the affiliation is stated. */
  source: string;
}

export const AFFILIATED_EXPERTS: readonly AffiliatedExpert[] = [
  {
    name: "Rücker",
    affiliation: /co-?found\w*[^.;]{0,45}\bCamunda\b|\bCamunda\s+co-?founder/i,
    disclose: "he co-founded Camunda",
    source:
      "Camunda blog posts by Bernd Rücker (research/domain-model.md [RUECKER-CHEAT]); second articles audit, finding 21",
  },
  {
    name: "Vanlightly",
    affiliation: /\bworks?\s+(?:for|at)\s+Confluent\b/i,
    disclose: "he works for Confluent",
    source:
      'Jack Vanlightly, "Coordinated Progress" part 1, June 2025 ("Now that I work for a streaming data infra vendor"); second articles audit, finding 21',
  },
  {
    name: "Abbas",
    affiliation: /co-?found\w*[^.;]{0,45}\bTemporal\b|\bTemporal\s+co-?founder/i,
    disclose: "he co-founded Temporal (2019)",
    source: "second articles audit, finding 21 (Samar Abbas co-founded Temporal in 2019)",
  },
];
