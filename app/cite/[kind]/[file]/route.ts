import { citationResponse, parseCitationPath } from "@/lib/cite/citation-download";
import { getCitation } from "@/lib/data/citations";

export const dynamic = "force-dynamic";

/** `/cite/<kind>/<id>.bib` (BibTeX) and `/cite/<kind>/<id>.json` (CSL-JSON): a record's citation as a file. */
export async function GET(request: Request, { params }: RouteContext<"/cite/[kind]/[file]">) {
  const { kind, file } = await params;
  const parsed = parseCitationPath(kind, file);
  if (!parsed) return citationResponse(request, undefined, "bib");
  return citationResponse(request, getCitation(parsed.kind, parsed.id), parsed.format);
}
