import { MemoryObjectStore } from '../../src/objectstore/index.js';
import { objectStoreConformance } from './conformance.js';

objectStoreConformance('in-memory store', () => new MemoryObjectStore('conformance'));
