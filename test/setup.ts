// Give every test a real IndexedDB implementation (renderer repositories run against it).
import 'fake-indexeddb/auto';
