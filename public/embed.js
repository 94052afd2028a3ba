/*! Baton embed host script. MIT licence. Resizes Baton iframes to their content's height.
 * Include once per page: <script src="https://<baton-host>/embed.js" async></script>
 * It only trusts messages from the origin it was loaded from, and only resizes the iframe that sent them. */
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
  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== "baton:height" || typeof data.height !== "number") return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        var height = Math.max(MIN, Math.min(MAX, Math.ceil(data.height)));
        frames[i].style.height = height + "px";
        frames[i].setAttribute("height", String(height));
        frames[i].setAttribute("scrolling", "no");
        return;
      }
    }
  });
})();
