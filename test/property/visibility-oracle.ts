/**
 * What each user may see, computed from the test's own record of the world (which partner is in
 * which territory, who covers which territories), never from the store's scope rules or pulls:
 * a bug in those rules cannot also be in the judge.
 */
export class VisibilityOracle {
  readonly partnerTerritory = new Map<string, string>();
  readonly requestTerritory = new Map<string, string>();
  readonly userTerritories = new Map<string, readonly string[]>();
  /** Every territory a user ever covered during the history: who may have decided what. */
  readonly everCovered = new Map<string, Set<string>>();

  setUserTerritories(userId: string, territoryIds: readonly string[]) {
    this.userTerritories.set(userId, [...territoryIds]);
    const ever = this.everCovered.get(userId) ?? new Set<string>();
    for (const territoryId of territoryIds) ever.add(territoryId);
    this.everCovered.set(userId, ever);
  }

  territoriesOf(userId: string): readonly string[] {
    return this.userTerritories.get(userId) ?? [];
  }

  /** May a user see this document of `collection`, as the world stands now? */
  admits(collection: string, document: Record<string, unknown>, userId: string): boolean {
    return this.judge(collection, document, userId, this.territoriesOf(userId), false);
  }

  /**
   * May a stream opened for a user covering `territories` carry this document, by what the
   * document itself says (a streamed version may be older than the world now)?
   */
  admitsAsWritten(
    collection: string,
    document: Record<string, unknown>,
    userId: string,
    territories: readonly string[],
  ): boolean {
    return this.judge(collection, document, userId, territories, true);
  }

  private judge(
    collection: string,
    document: Record<string, unknown>,
    userId: string,
    territories: readonly string[],
    asWritten: boolean,
  ): boolean {
    const id = String(document['id']);
    const own = (field: string) => (asWritten ? String(document[field]) : undefined);
    const covers = (territoryId: string | undefined) =>
      territoryId !== undefined && territories.includes(territoryId);
    switch (collection) {
      case 'territories':
        return covers(id);
      case 'users':
        return (
          id === userId ||
          (asWritten && Array.isArray(document['territoryIds'])
            ? document['territoryIds'].map(String)
            : this.territoriesOf(id)
          ).some((territoryId) => covers(territoryId))
        );
      case 'partners':
        return covers(own('territoryId') ?? this.partnerTerritory.get(id));
      case 'requests':
        return covers(own('territoryId') ?? this.requestTerritory.get(id));
      case 'decisions':
        // The store files a decision under its request's territory, or as unscoped.
        return document['decidedBy'] === userId || covers(String(document['territoryId']));
      case 'programs':
      case 'products':
        return true;
      default:
        // The scenario holds no contacts, deals, funds, performance or activities.
        return covers(String(document['territoryId']));
    }
  }
}
