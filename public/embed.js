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
 * A Baton iframe is refused when the page's origin (or a frame's above it) isn't on the
 * deployment's BATON_EMBED_ORIGINS, so frame-ancestors blocks it. The script asks Baton at once
 * (GET /api/embed-origin, the same allow-list) and, for a refused origin, hides the iframe and
 * shows a message: for readers, a link that opens the same page on Baton; for the page's editors,
 * which origin is missing from the allow-list and a link to /embed-help. When that question can't
 * be asked (the wiki's CSP blocks it), an iframe that never reports its height is taken for
 * refused or unreachable 2 s after its load event (data-baton-wait-ms on the script tag changes
 * it); once Baton has said the origin is allowed, only after 15 s (an unreachable frame). A later
 * report from the iframe puts it back. Since this script may start after an embed's first report, it posts
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
  // A wiki page often carries one copy of this script per pasted snippet: the first copy for an
  // origin handles every Baton frame on the page, later copies do nothing (else each refused
  // frame would get one fallback per copy).
  var claimed = "__batonEmbed " + origin;
  if (window[claimed]) return;
  window[claimed] = true;
  var MIN = 200;
  var MAX = 5000;
  var WAIT_MS = Number((script && script.getAttribute("data-baton-wait-ms")) || 2000);
  /** The wait once Baton has said this page may frame it: only an unreachable frame stays empty. */
  var ALLOWED_WAIT_MS = Math.max(WAIT_MS, 15000);
  /** iframe -> { alive, fallback } for each Baton iframe seen. */
  var states = typeof WeakMap === "function" ? new WeakMap() : null;
  /** Baton iframes seen, in order, for the allow-list answer to reach. */
  var frames = [];
  /** The allow-list answer: null until known, then { allowed, refused: [origins], help }. */
  var allowList = null;
  var asked = false;
  /** True while the allow-list question is in flight: the short wait starts only once it settles. */
  var asking = false;

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

  function text(parent, value) {
    parent.appendChild(document.createTextNode(value));
  }

  function anchor(parent, href, label) {
    var link = document.createElement("a");
    link.href = href;
    link.target = "_blank";
    link.rel = "noopener";
    link.textContent = label;
    parent.appendChild(link);
  }

  /** The line for the page's editors: which origin the allow-list lacks, or that it may. */
  function reasonLine(box) {
    var line = document.createElement("span");
    line.setAttribute("data-baton-reason", "");
    line.style.display = "block";
    line.style.marginTop = "6px";
    line.style.fontSize = "90%";
    var own = window.location.origin;
    if (allowList && !allowList.allowed) {
      var mine = allowList.refused.indexOf(own) >= 0;
      text(
        line,
        (mine
          ? "For this page's editors: this page's origin is not on Baton's allow-list: "
          : "For this page's editors: the origin of a frame around this page is not on Baton's allow-list: ") +
          allowList.refused.join(", ") +
          ". ",
      );
      anchor(line, allowList.help, "How to add it");
    } else {
      text(
        line,
        "For this page's editors: Baton did not load here. Most often this page's origin" +
          (own && own !== "null" ? " (" + own + ")" : "") +
          " is not on Baton's allow-list. ",
      );
      anchor(line, origin + "/embed-help", "How to add it");
    }
    box.appendChild(line);
  }

  function showFallback(frame) {
    var state = stateOf(frame);
    if (state.alive || !frame.parentNode) return;
    if (state.fallback) {
      // The allow-list answer came after the timer: say why instead of "most often".
      var old = state.fallback.querySelector("[data-baton-reason]");
      if (old) old.parentNode.removeChild(old);
      reasonLine(state.fallback);
      return;
    }
    var result = /^\/embed\/r\//.test((srcUrl(frame) || { pathname: "" }).pathname);
    var box = document.createElement("p");
    box.setAttribute("data-baton-fallback", "");
    box.setAttribute("role", "note");
    box.style.border = "1px solid #8a8f99";
    box.style.borderRadius = "6px";
    box.style.padding = "12px 16px";
    box.style.margin = "0";
    text(box, "Baton can't be shown inside this page. ");
    anchor(
      box,
      pageFor(frame),
      result ? "Open the result on Baton" : "Open the questionnaire on Baton",
    );
    reasonLine(box);
    frame.parentNode.insertBefore(box, frame.nextSibling);
    frame.style.display = "none";
    state.fallback = box;
  }

  /**
   * Asks Baton once whether this page's origin, and those of the frames above it (the browser
   * checks frame-ancestors against each), may frame it. A refusal shows every fallback at once.
   */
  function askAllowList() {
    if (asked || typeof fetch !== "function") return;
    asked = true;
    var mine = [window.location.origin];
    var above = window.location.ancestorOrigins;
    if (above) for (var i = 0; i < above.length; i++) mine.push(above[i]);
    var query = mine
      .filter(function (o) {
        return o && o !== "null";
      })
      .map(function (o) {
        return "origin=" + encodeURIComponent(o);
      })
      .join("&");
    if (!query) return;
    asking = true;
    var settle = function () {
      asking = false;
      for (var f = 0; f < frames.length; f++) {
        var state = stateOf(frames[f]);
        if (allowList && !allowList.allowed) showFallback(frames[f]);
        else if (state.armed) wait(frames[f]);
      }
    };
    // A question that hangs counts as unanswered after WAIT_MS; a late answer still applies.
    setTimeout(function () {
      if (asking) settle();
    }, WAIT_MS);
    fetch(origin + "/api/embed-origin?" + query, { credentials: "omit" })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (answer) {
        if (!answer || typeof answer.allowed !== "boolean" || !answer.origins) return;
        allowList = {
          allowed: answer.allowed,
          refused: answer.origins
            .filter(function (o) {
              return !o.allowed;
            })
            .map(function (o) {
              return o.origin;
            }),
          help: typeof answer.help === "string" ? answer.help : origin + "/embed-help",
        };
      })
      .catch(function () {
        // The wiki's CSP or the network refused the question: the timer decides.
      })
      .then(settle);
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

  /**
   * (Re)starts the wait after which a frame that never reported is taken for refused: none while
   * the allow-list question is in flight (its answer restarts it), 15 s once the origin is known
   * to be allowed, WAIT_MS when the question could not be answered.
   */
  function wait(frame) {
    var state = stateOf(frame);
    if (state.alive) return;
    state.armed = true;
    if (state.timer) clearTimeout(state.timer);
    if (asking) return;
    state.timer = setTimeout(
      function () {
        showFallback(frame);
      },
      allowList && allowList.allowed ? ALLOWED_WAIT_MS : WAIT_MS,
    );
  }

  function watch(frame) {
    if (!states || !isBaton(frame) || states.has(frame)) return;
    stateOf(frame);
    frames.push(frame);
    askAllowList();
    if (allowList && !allowList.allowed) showFallback(frame);
    var arm = function () {
      hello(frame);
      wait(frame);
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
