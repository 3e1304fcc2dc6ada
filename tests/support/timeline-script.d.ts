// Types of the pure helpers that public/scripts/timeline.js (a plain script, served as it is) exports for its tests.
declare module "@/public/scripts/timeline.js" {
  export function formQuery(entries: Iterable<[string, FormDataEntryValue]>): string;
  export function entryLocation(search: string, id: string): string | undefined;
  export function titleOfLabel(text: string): string;
}
