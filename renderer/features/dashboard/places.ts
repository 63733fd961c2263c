export type Place = { region: string; country: string };

/** The distinct regions and countries of the partners: what the filters offer. */
export function placesOf(partners: readonly Place[]): Place[] {
  const seen = new Map<string, Place>();
  for (const { region, country } of partners) {
    seen.set(`${region}\u0000${country}`, { region, country });
  }
  return [...seen.values()];
}
