export {
  MAX_TEAM_LINKS,
  codeOf,
  parseTeamLinks,
  splitEntries,
  type ParsedLinks,
  type TeamEntry,
} from "./links";
export {
  DISAGREE_POINTS,
  mergeAnswers,
  mergeQuestion,
  mostGivenQuestions,
  type MergedTeam,
  type QuestionMerge,
} from "./merge";
export { NAME_MAX_LENGTH, nameAt, parseNames } from "./names";
export {
  answerMoveBetween,
  teamView,
  type DamagedLink,
  type TeamMember,
  type TeamQuestion,
  type TeamView,
} from "./team";
export { teamHref } from "./url";
export {
  agreeFirst,
  disagreementsOf,
  distinctVerdicts,
  verdictsAgree,
  type AgreeFirst,
  type TeamDisagreement,
} from "./disagreement";
