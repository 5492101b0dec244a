import { MemoryObjectStore, type ObjectStore } from '../../src/objectstore/index.js';
import { checkpointKey, ObjectStoreRegistry } from '../../src/objectstore/registry.js';
import { objectRegistrySuite, registrySuite } from './registry-suite.js';

// A prefix is a separate store here; writers that share a prefix share its store object.
const stores = new Map<string, ObjectStore>();
const open = (prefix: string): ObjectStore => {
  if (!stores.has(prefix)) stores.set(prefix, new MemoryObjectStore(prefix));
  return stores.get(prefix)!;
};

registrySuite('the in-memory object store', {
  fresh: () => new ObjectStoreRegistry(open(`reg-${stores.size}`)),
  damage: async (registry, id, bytes) => {
    await (registry as ObjectStoreRegistry).store.put(checkpointKey(id), new TextEncoder().encode(bytes));
  },
});
objectRegistrySuite('the in-memory store', open);
