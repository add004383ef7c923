/** A quick filter is on when the list's filters hold all of its values. */
export function isOn(filterValues: Record<string, unknown>, values: Record<string, unknown>): boolean {
  return Object.entries(values).every(([key, value]) => filterValues[key] === value);
}

/** The list's filters after a click on a quick filter: its values taken out when it was on, else put in (others kept). */
export function toggled(
  filterValues: Record<string, unknown>,
  values: Record<string, unknown>,
): Record<string, unknown> {
  const on = isOn(filterValues, values);
  const next = { ...filterValues };
  for (const [key, value] of Object.entries(values)) {
    if (on) delete next[key];
    else next[key] = value;
  }
  return next;
}
