"use client";

import { useEffect } from "react";
import { HEIGHT_MESSAGE_TYPE } from "@/lib/embed";

/** Inside an iframe, tells the parent page how tall the content is whenever it changes. */
export function HeightReporter() {
  useEffect(() => {
    if (window.parent === window) return;
    let last = 0;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      // The height is not sensitive, and the host's origin is not known in advance.
      window.parent.postMessage({ type: HEIGHT_MESSAGE_TYPE, height }, "*");
    };
    const observer = new ResizeObserver(post);
    observer.observe(document.documentElement);
    post();
    return () => observer.disconnect();
  }, []);
  return null;
}
