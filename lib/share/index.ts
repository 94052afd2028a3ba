export {
  MAX_CODE_LENGTH,
  decode,
  encode,
  normaliseAnswers,
  payloadLength,
  type DecodeError,
  type DecodeResult,
} from "./codec";
