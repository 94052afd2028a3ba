/** The size of every Open Graph image of Baton, in pixels (the 1.91:1 card chat apps show). */
export const OG_SIZE = { width: 1200, height: 630 } as const;
