import { MemoryObjectStore, type ObjectStore } from '../../src/objectstore/index.js';
import { objectRegistrySuite } from './registry-suite.js';

// A prefix is a separate store here; writers that share a prefix share its store object.
const stores = new Map<string, ObjectStore>();
objectRegistrySuite('the in-memory store', (prefix) => {
  if (!stores.has(prefix)) stores.set(prefix, new MemoryObjectStore(prefix));
  return stores.get(prefix)!;
});
