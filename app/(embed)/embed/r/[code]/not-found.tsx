/** The 404 for a damaged share code in an embed; the segment layout says what is wrong. */
export default function EmbeddedDamagedCodeNotFound() {
  return null;
}
