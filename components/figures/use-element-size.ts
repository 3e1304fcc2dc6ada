"use client";

import { useEffect, useState, type RefObject } from "react";

export type ElementSize = { width: number; height: number };

/** Size of an element in CSS pixels, kept up to date as it resizes; zero until measured after hydration. */
export function useElementSize(ref: RefObject<HTMLElement | null>): ElementSize {
  const [size, setSize] = useState<ElementSize>({ width: 0, height: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver((entries) => {
      const rect = entries[0]?.contentRect;
      const next = { width: Math.floor(rect?.width ?? 0), height: Math.floor(rect?.height ?? 0) };
      setSize((current) => (current.width === next.width && current.height === next.height ? current : next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
