/** Persisted account snapshots: the versioned JSON format and the storage interface. */
export { parseSnapshot, serializeSnapshot, SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from './snapshot-json';
export { FileSnapshotStore, MemorySnapshotStore } from './snapshot-store';
export type { SnapshotStore } from './snapshot-store';
