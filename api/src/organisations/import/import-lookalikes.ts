import { OrganisationTraits, scoreOrganisations } from '../../domain/duplicate-scoring';

/** A similar name alone (the same name in another postcode is another organisation) is not enough to hold a row back. */
const IMPORT_THRESHOLD = 0.7;
import { comparableName, trigrams } from '../../domain/name-similarity';

interface Lookalike {
  id: string;
  name: string;
  score: number;
  reasons: string[];
}

/**
 * Finds, for a row about to be created, an existing organisation it looks like under another name
 * (the duplicate scoring of the domain core). Names go through an index of trigrams built once, so
 * a 5,000-row file against a 5,000-organisation register stays quick.
 */
export class ImportLookalikes {
  private readonly byGram = new Map<string, number[]>();
  private readonly gramCounts: number[];

  constructor(private readonly existing: readonly (OrganisationTraits & { id: string })[]) {
    this.gramCounts = existing.map((organisation, index) => {
      const grams = trigrams(comparableName(organisation.name));
      for (const gram of grams) {
        const holders = this.byGram.get(gram);
        if (holders) holders.push(index);
        else this.byGram.set(gram, [index]);
      }
      return grams.size;
    });
  }

  find(row: OrganisationTraits): Lookalike | null {
    const grams = trigrams(comparableName(row.name));
    const shared = new Map<number, number>();
    for (const gram of grams)
      for (const index of this.byGram.get(gram) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    let best: Lookalike | null = null;
    for (const [index, count] of shared) {
      if (count / (grams.size + this.gramCounts[index] - count) < 0.45) continue;
      const other = this.existing[index];
      const { score, reasons } = scoreOrganisations(row, other);
      if (score >= IMPORT_THRESHOLD && (!best || score > best.score))
        best = { id: other.id, name: other.name, score, reasons: reasons.map((r) => r.code) };
    }
    return best;
  }
}
