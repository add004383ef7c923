/**
 * bpost's own postcodes for large organisations and institutions in the Region (DOMAIN.md: for example
 * 1031, 1047, 1049, 1099, 1105, 1110; list *unconfirmed*). They are inside Brussels, but name no
 * municipality: none is derived from them. This is the one list (API, SQL filters, console); change it here.
 */
export const BRUSSELS_SPECIAL_POSTCODES: readonly string[] = ['1031', '1047', '1049', '1099', '1105', '1110'];

export const isBrusselsSpecialPostcode = (postcode: string | null | undefined) =>
  !!postcode && BRUSSELS_SPECIAL_POSTCODES.includes(postcode.trim());
