/**
 * Every `Cache-Control` value Baton sends, in one place, so two routes that mean the same policy
 * send the same header. The directives are those of RFC 9111 §5.2.2 and RFC 8246 (`immutable`).
 */

/**
 * A share code's exports and API answer (JSON, ADR, Open Graph image). Not `immutable`: the bytes
 * come from the running release (its wording, tool catalogue and the "current model would say"
 * note), so caches keep them a day, then revalidate, serving the old copy up to a week meanwhile.
 */
export const SHARE_CODE = "public, max-age=86400, stale-while-revalidate=604800";

/** A 404 for a damaged share code: shared caches may keep it for five minutes. */
export const DAMAGED_CODE = "public, max-age=300";

/** oEmbed answers: they follow the result's wording, which can change with a release. One day. */
export const ONE_DAY = "public, max-age=86400";

/** An hour, in seconds: how long an export shaped by an organisation config may be kept. */
export const ORGANISATION_SECONDS = 3600;

/** The OpenAPI document: changes only with a release. One hour. */
export const ONE_HOUR = `public, max-age=${ORGANISATION_SECONDS}`;

/**
 * A share code's export or API answer when an organisation config shapes it (its tools follow the
 * config, which changes at a rollout): an hour at most.
 */
export const ORGANISATION_EXPORT = `public, max-age=${ORGANISATION_SECONDS}`;

/** Answers that depend on the request (redirects of form input, errors): never stored. */
export const NO_STORE = "no-store";

/** A page built for one request (its CSP nonce): never stored, not even by the browser's cache. */
export const PRIVATE_NO_STORE = "private, no-store";
