/*! Baton embed host script. MIT licence. Resizes Baton iframes to their content's height.
 * Include once per page: <script src="https://<baton-host>/embed.js" async></script>
 *
 * Messages it acts on (posted by the embed, see components/embed/height-reporter.tsx):
 * - { type: "baton:height", height }: sets the iframe's height (200 to 5000 px);
 * - { type: "baton:scroll", top }: a new questionnaire step was shown; when that point of the
 *   iframe (px from its top) is out of view, scrolls the page so it is at the top of the window.
 * It trusts a message only when its source is an iframe on this page whose src is on the origin
 * this script was loaded from, and the message's origin is that origin or "null" (an iframe with
 * a `sandbox` attribute and no `allow-same-origin`, as wikis use, posts from an opaque origin).
 *
 * A Baton iframe that never reports its height was refused (the site isn't on the deployment's
 * BATON_EMBED_ORIGINS, so frame-ancestors blocks it) or failed to load; the script then hides it
 * and shows a short message with a link that opens the same page on Baton. A later report from
 * it puts the iframe back. The wait is 6 s after the iframe's load event (data-baton-wait-ms on
 * the script tag changes it). Since this script may start after an embed's first report, it posts
 * { type: "baton:hello" } into each Baton iframe it finds and on each load, and the embed reports
 * again. Iframes added to the page later (wiki macros render late) are watched too. */
(function () {
  "use strict";
  var script = document.currentScript;
  var origin;
  try {
    origin = new URL(script && script.src ? script.src : "", window.location.href).origin;
  } catch {
    return;
  }
  var MIN = 200;
  var MAX = 5000;
  var WAIT_MS = Number((script && script.getAttribute("data-baton-wait-ms")) || 6000);
  /** iframe -> { alive, fallback } for each Baton iframe seen. */
  var states = typeof WeakMap === "function" ? new WeakMap() : null;

  function srcUrl(frame) {
    try {
      return new URL(frame.getAttribute("src") || "", window.location.href);
    } catch {
      return null;
    }
  }

  function isBaton(frame) {
    var url = srcUrl(frame);
    return url !== null && url.origin === origin;
  }

  function stateOf(frame) {
    if (!states) return { alive: false, fallback: null };
    var state = states.get(frame);
    if (!state) {
      state = { alive: false, fallback: null, timer: 0 };
      states.set(frame, state);
    }
    return state;
  }

  /** The Baton page to open instead of a frame: /embed/r/<code> -> /r/<code>, /embed -> /advisor. */
  function pageFor(frame) {
    var url = srcUrl(frame);
    if (!url) return origin + "/";
    var path = url.pathname.replace(/^\/embed\/r\//, "/r/");
    if (path === "/embed" || path === "/embed/") path = "/advisor";
    return origin + path + url.search;
  }

  function showFallback(frame) {
    var state = stateOf(frame);
    if (state.alive || state.fallback || !frame.parentNode) return;
    var result = /^\/embed\/r\//.test((srcUrl(frame) || { pathname: "" }).pathname);
    var box = document.createElement("p");
    box.setAttribute("data-baton-fallback", "");
    box.setAttribute("role", "note");
    box.style.border = "1px solid #8a8f99";
    box.style.borderRadius = "6px";
    box.style.padding = "12px 16px";
    box.style.margin = "0";
    box.appendChild(document.createTextNode("Baton can't be shown inside this page. "));
    var link = document.createElement("a");
    link.href = pageFor(frame);
    link.target = "_blank";
    link.rel = "noopener";
    link.textContent = result ? "Open the result on Baton" : "Open the questionnaire on Baton";
    box.appendChild(link);
    frame.parentNode.insertBefore(box, frame.nextSibling);
    frame.style.display = "none";
    state.fallback = box;
  }

  function markAlive(frame) {
    var state = stateOf(frame);
    state.alive = true;
    if (state.timer) clearTimeout(state.timer);
    if (state.fallback) {
      if (state.fallback.parentNode) state.fallback.parentNode.removeChild(state.fallback);
      state.fallback = null;
      frame.style.display = "";
    }
  }

  /** Asks an embed to report its height again. No data goes with it, so any origin may read it. */
  function hello(frame) {
    try {
      if (frame.contentWindow) frame.contentWindow.postMessage({ type: "baton:hello" }, "*");
    } catch {
      // A frame being torn down: nothing to ask.
    }
  }

  function watch(frame) {
    if (!states || !isBaton(frame) || states.has(frame)) return;
    var state = stateOf(frame);
    var arm = function () {
      hello(frame);
      if (state.alive) return;
      if (state.timer) clearTimeout(state.timer);
      state.timer = setTimeout(function () {
        showFallback(frame);
      }, WAIT_MS);
    };
    frame.addEventListener("load", arm);
    // A frame that loaded before this script ran fires no more load events.
    if (frame.getAttribute("loading") !== "lazy") arm();
  }

  function watchAll() {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) watch(frames[i]);
  }

  function frameFor(event) {
    if (event.origin !== origin && event.origin !== "null") return null;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) return isBaton(frames[i]) ? frames[i] : null;
    }
    return null;
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data.type !== "string" || data.type.indexOf("baton:") !== 0) return;
    var frame = frameFor(event);
    if (!frame) return;
    markAlive(frame);
    if (data.type === "baton:height" && typeof data.height === "number" && isFinite(data.height)) {
      var height = Math.max(MIN, Math.min(MAX, Math.ceil(data.height)));
      frame.style.height = height + "px";
      frame.setAttribute("height", String(height));
      frame.setAttribute("scrolling", "no");
    } else if (data.type === "baton:scroll" && typeof data.top === "number" && isFinite(data.top)) {
      var at = frame.getBoundingClientRect().top + Math.max(0, Math.min(MAX, data.top));
      if (at < 0 || at > window.innerHeight - 40) window.scrollBy(0, at);
    }
  });

  watchAll();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watchAll);
  if (typeof MutationObserver === "function") {
    new MutationObserver(function (records) {
      for (var i = 0; i < records.length; i++) {
        if (records[i].addedNodes.length) return watchAll();
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  }
})();
