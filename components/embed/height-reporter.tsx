"use client";

import { useEffect } from "react";
import { HEIGHT_MESSAGE_TYPE, HELLO_MESSAGE_TYPE, SCROLL_MESSAGE_TYPE } from "@/lib/embed/messages";

/** Space kept above a step's heading when the host scrolls to it, in CSS px. */
const STEP_MARGIN = 16;

/**
 * Inside an iframe, tells the parent page how tall the content is whenever it changes, and, when
 * the questionnaire shows a new step (it moves focus to the step's heading, an `h2` with
 * tabindex -1 and an id `step-…-title`), where that step starts, so that public/embed.js can
 * scroll the host page to its top. Posts to any origin: neither is sensitive, and the host's
 * origin is not known in advance. A `baton:hello` from the parent (public/embed.js starting after
 * the first report) gets the current height again.
 */
export function HeightReporter() {
  useEffect(() => {
    if (window.parent === window) return;
    let last = 0;
    const post = (again = false) => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last && !again) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE_TYPE, height }, "*");
    };
    const onFocus = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLHeadingElement) || !/^step-.+-title$/.test(target.id)) return;
      const top = target.getBoundingClientRect().top + window.scrollY - STEP_MARGIN;
      window.parent.postMessage({ type: SCROLL_MESSAGE_TYPE, top: Math.max(0, top) }, "*");
    };
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent) return;
      const data: unknown = event.data;
      if (typeof data === "object" && data !== null && "type" in data) {
        if (data.type === HELLO_MESSAGE_TYPE) post(true);
      }
    };
    const observer = new ResizeObserver(() => post());
    observer.observe(document.documentElement);
    document.addEventListener("focusin", onFocus);
    window.addEventListener("message", onMessage);
    post();
    return () => {
      observer.disconnect();
      document.removeEventListener("focusin", onFocus);
      window.removeEventListener("message", onMessage);
    };
  }, []);
  return null;
}
