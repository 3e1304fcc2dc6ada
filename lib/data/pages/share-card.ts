import { shareCard, type ShareCard } from "../../share/share-card";
import { getData } from "../dataset";

/** What the card image `/cards/<kind>/<id>` shows, or `undefined` when there is no such record. */
export function getShareCard(kind: string, id: string): ShareCard | undefined {
  return shareCard(kind, id, getData());
}
