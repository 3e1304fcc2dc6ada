import "server-only";
import { citationFields, type CitationFields } from "../cite/citation-fields";
import type { CitableKind } from "../cite/citable-kind";
import { getData } from "./dataset";

/** The citation of `/…/<id>`, or `undefined` when no record of that kind has the id. */
export function getCitation(kind: CitableKind, id: string): CitationFields | undefined {
  return citationFields(getData(), kind, id);
}
