/**
 * The messages between an embed and public/embed.js on the host page. A module of its own, with no
 * imports, so the embed's height reporter (browser code on every embed page) carries nothing else.
 */

/** The message an embed posts to its parent with its content height. */
export const HEIGHT_MESSAGE_TYPE = "baton:height";

/**
 * The message an embedded questionnaire posts when it shows a new step: `{ type, top }`, `top`
 * being the step's top in CSS px from the top of the embed. public/embed.js scrolls the host page
 * there when it is out of view, since an iframe as tall as its content can't scroll itself.
 */
export const SCROLL_MESSAGE_TYPE = "baton:scroll";

/**
 * The message public/embed.js posts into each Baton iframe it finds: `{ type }`, no data. The
 * embed answers with its height at once. The host script is loaded `async` and a wiki may insert
 * it late, so it can start after the embed's first report; without asking, it would take a
 * working embed for a refused one.
 */
export const HELLO_MESSAGE_TYPE = "baton:hello";
