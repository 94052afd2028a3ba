export {
  AdrSettingsSchema,
  DEFAULTABLE_QUESTIONS,
  OrganisationConfigSchema,
  type GuidanceLink,
  type ImplementationForm,
  type OrganisationConfig,
  type PavedRoadTool,
} from "./schema";
export {
  MAX_LOGO_BYTES,
  describeIssue,
  fieldPath,
  loadConfigFile,
  parseConfigText,
  type LoadOutcome,
  type LoadedConfig,
} from "./load";
export { configJsonSchema } from "./json-schema";
export { applyPavedRoad, namesMatch, type SourcedTool } from "./tools";
export {
  defaultAnswersOf,
  guidanceFor,
  withOrganisation,
  type GuidanceItem,
  type OverlaidResult,
} from "./result";
