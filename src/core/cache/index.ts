/** Persisted account snapshots and seen-ticket records: the versioned JSON formats and the storage interfaces. */
export { parseSnapshot, PREVIEW_ROWS, serializePreview, serializeSnapshot, SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from './snapshot-json';
export { FileSnapshotStore, MemorySnapshotStore } from './snapshot-store';
export type { SnapshotStore } from './snapshot-store';
export { parseSeen, serializeSeen, SEEN_FORMAT, SEEN_VERSION } from './seen-json';
export { KeyValueSeenStore, MemoryKeyValueStorage } from './seen-store';
export type { KeyValueStorage, SeenStore } from './seen-store';
