import type { DataIssue } from "./data-issue";
import { normaliseForMatch } from "../text/normalise-text";
import type { Dataset } from "../schema/dataset";
import { checkContext, type CheckContext } from "./check-context";

/**
 * What a record says about who spoke and how the text hedges must be in the text: a described speaker's
 * words are the article's own, an outlet is a news organisation, a provision's hedge is in its passage.
 */
export function checkAttribution(dataset: Dataset, { isInArticleIgnoringCase }: CheckContext = checkContext(dataset)): DataIssue[] {
  const issues: DataIssue[] = [];
  const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const inText = (text: string, articleIds: readonly string[]) => articleIds.some((id) => isInArticleIgnoringCase(id, text));

  dataset.statements.forEach((statement, index) => {
    const at = (field: string, reason: string) =>
      issues.push({ file: "statements.json", path: `[${index}].${field} (id "${statement.id}")`, reason });
    const speaker = actors.get(statement.speakerId);
    if (speaker && statement.speakerKind === "described" && speaker.kind !== "unnamed-source") {
      at("speakerKind", `is "described" but the speaker "${speaker.id}" is a ${speaker.kind}, not an unnamed source`);
    }
    if (speaker && statement.speakerKind === "named" && speaker.kind === "unnamed-source") {
      at("speakerKind", `is "named" but the speaker "${speaker.id}" is an unnamed source: use "described"`);
    }
    const articleIds = statement.sources.map((source) => source.articleId);
    if (statement.speakerDescription && !inText(statement.speakerDescription, articleIds)) {
      at("speakerDescription", `"${statement.speakerDescription}" is not the wording of any cited article`);
    }
    const outlet = statement.outletId ? actors.get(statement.outletId) : undefined;
    if (outlet && outlet.kind !== "news-organisation") {
      at("outletId", `"${outlet.id}" is a ${outlet.kind}, not a news organisation`);
    }
  });

  dataset.proposals.forEach((proposal, index) => {
    for (const [key, provision] of Object.entries(proposal.provisions)) {
      if (!provision?.hedge) continue;
      const hedge = normaliseForMatch(provision.hedge).toLowerCase();
      const quoted = provision.sources.some((source) => normaliseForMatch(source.quote).toLowerCase().includes(hedge));
      if (!quoted) {
        issues.push({
          file: "proposals.json",
          path: `[${index}].provisions.${key}.hedge (id "${proposal.id}")`,
          reason: `"${provision.hedge}" is not in any of the provision's quoted passages`,
        });
      }
    }
  });
  return issues;
}
