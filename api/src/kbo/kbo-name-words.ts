import type { PoolClient } from 'pg';
import { indexCopy, swapIn } from './extract-loader';
import type { LoadStep } from './extract-files';

/**
 * Rebuilds the words of every KBO name (`kbo_name_words`, migration KboNameDictionary) inside the load's
 * transaction, from the names as the load leaves them (the fresh copy of a full extract, the live table updated),
 * before the tables are swapped: the swaps lock the live tables until the commit, and this takes seconds (5 s for 3
 * million names). Every load does it, full or update, so that deleted names leave no words behind.
 */
export async function rebuildNameWords(client: PoolClient, steps: LoadStep[]): Promise<number> {
  const replaced = steps.some((step) => step.file.table === 'kbo_denomination' && step.action === 'replace');
  const names = replaced ? 'kbo_denomination_next' : 'kbo_denomination';
  await client.query(`DROP TABLE IF EXISTS kbo_name_words_next`);
  await client.query(`CREATE TABLE kbo_name_words_next (LIKE kbo_name_words INCLUDING DEFAULTS)`);
  const { rowCount } = await client.query(
    `INSERT INTO kbo_name_words_next (word)
     SELECT DISTINCT word FROM ${names}, unnest(tsvector_to_array(to_tsvector('simple'::regconfig, folded))) AS word`,
  );
  await indexCopy(client, 'kbo_name_words');
  await swapIn(client, 'kbo_name_words');
  return rowCount ?? 0;
}

/** The words of the dictionary nearest to each word typed (trigram similarity, best first), in one statement. */
export const NEAR_WORDS_SQL = `
  SELECT typed.word, ARRAY(SELECT w.word FROM kbo_name_words w
                            WHERE w.word % typed.word ORDER BY w.word <-> typed.word, w.word LIMIT 4) AS near
    FROM unnest($1::text[]) WITH ORDINALITY AS typed(word, position) ORDER BY typed.position`;

/**
 * A name typed with mistakes as a word query: each word may be itself (as the start of a word) or one of the
 * dictionary's words nearest to it. `seervices dupont` -> `(seervices:* | services | servicex) & (dupont:* | dupond)`.
 */
export function correctedWordQuery(nearWords: Array<{ word: string; near: string[] }>): string {
  return nearWords
    .map(({ word, near }) => `(${[`${word}:*`, ...near.filter((n) => n !== word)].join(' | ')})`)
    .join(' & ');
}
