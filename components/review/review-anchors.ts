/** Fragment ids linking a marked passage in the text and its record card, both ways. */
export const candidateAnchor = (number: number) => `c-${number}`;
export const recordAnchor = (number: number) => `r-${number}`;
