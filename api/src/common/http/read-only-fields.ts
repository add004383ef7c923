import { Exclude } from 'class-transformer';

/**
 * PUT accepts a record as the API returned it: the fields it sends out but never takes
 * are dropped before validation, so echoing them back is not an error and never a write.
 * A DTO extends this and marks its own computed fields with @ReadOnly().
 */
export const ReadOnly = () => Exclude({ toClassOnly: true });

export abstract class EchoedRecord {
  @ReadOnly() id?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
}
