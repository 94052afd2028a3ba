/** The 404 for a damaged share code; the segment layout above it says what is wrong. */
export default function DamagedCodeNotFound() {
  return null;
}
