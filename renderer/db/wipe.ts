/**
 * Deletes every IndexedDB database the local database `name` is made of (RxDB's Dexie storage
 * keeps one per collection and per replication). RxDB's own remove leaves some of them behind,
 * and a signed-out laptop must keep nothing.
 */
export async function deleteLocalDatabase(name: string): Promise<void> {
  const databases = await indexedDB.databases();
  await Promise.all(
    databases
      .map((database) => database.name)
      .filter((candidate): candidate is string => candidate?.includes(name) ?? false)
      .map(
        (candidate) =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.deleteDatabase(candidate);
            request.onsuccess = () => {
              resolve();
            };
            request.onerror = () => {
              reject(request.error ?? new Error(`Could not delete ${candidate}`));
            };
          }),
      ),
  );
}
