export { FLOW_MAX_LENGTH, cleanFlow } from "./flow";
export {
  AnswersJsonSchema,
  AnswersSchema,
  parseAnswersJson,
  type ParseResult,
  type ParsedAnswersJson,
} from "./schema";
