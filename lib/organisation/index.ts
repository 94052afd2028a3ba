export {
  AdrSettingsSchema,
  DEFAULTABLE_QUESTIONS,
  IMPLEMENTATION_FORMS,
  NOTE_IDS,
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
export {
  applyPavedRoad,
  namesMatch,
  type CatalogueTool,
  type SourcedTool,
  type ToolSource,
} from "./tools";
export {
  defaultAnswersOf,
  guidanceFor,
  implementationIdsOf,
  withOrganisation,
  type GuidanceItem,
} from "./result";
