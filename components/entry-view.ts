// Moved to lib/queries/entry-view.ts; this re-export only keeps app/timeline (owned elsewhere) building
// until it imports from lib. Remove it then.
export { entryView } from "@/lib/queries/entry-view";
