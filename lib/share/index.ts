export {
  MAX_CODE_LENGTH,
  decode,
  encode,
  payloadLength,
  type DecodeError,
  type DecodeResult,
} from "./codec";
