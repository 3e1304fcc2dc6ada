import { headNoun } from "./source-descriptors";

/** A speaker already resolved in the article: a known actor or a proposed one, by key. */
export type ResolvedSpeaker = {
  /** Known actor id or proposed actor id. */
  actorId: string;
  kind: "named" | "described" | "unidentified";
  /** The article's words for a described speaker. */
  description?: string;
  /** Whether the speaker is a person (for "he"/"she") or a plural source (for "they"). */
  isPerson: boolean;
  isPlural: boolean;
};

/**
 * Who has spoken so far, in reading order: pronouns and "the official" look back here. News style
 * names a speaker, then refers to them as "he" or "the official" until another is named.
 */
export class SpeakerMemory {
  private readonly seen: ResolvedSpeaker[] = [];

  remember(speaker: ResolvedSpeaker): void {
    if (speaker.kind !== "unidentified") this.seen.push(speaker);
  }

  /** The last speaker of any kind. */
  last(): ResolvedSpeaker | undefined {
    return this.seen.at(-1);
  }

  /** "he"/"she": the last named person, else the last singular speaker. */
  lastPerson(): ResolvedSpeaker | undefined {
    return [...this.seen].reverse().find((s) => s.isPerson && s.kind === "named") ?? [...this.seen].reverse().find((s) => !s.isPlural);
  }

  /** "they": the last plural speaker, else the last speaker. */
  lastPlural(): ResolvedSpeaker | undefined {
    return [...this.seen].reverse().find((s) => s.isPlural) ?? this.last();
  }

  /** The last speaker accepted by `test` (e.g. whose name holds "ministry", for "the ministry said"). */
  lastWhere(test: (speaker: ResolvedSpeaker) => boolean): ResolvedSpeaker | undefined {
    return [...this.seen].reverse().find(test);
  }

  /** "the official", "the sources": the last described speaker with that head noun. */
  lastDescribed(anaphor: string): ResolvedSpeaker | undefined {
    const noun = headNoun(anaphor);
    const described = [...this.seen].reverse().filter((s) => s.kind === "described");
    return described.find((s) => s.description !== undefined && headNoun(s.description) === noun) ?? undefined;
  }
}
