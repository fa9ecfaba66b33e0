// Give every test a real IndexedDB implementation (renderer repositories run against it).
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/dom';

// Pages read Dexie through live queries: on a 2-core CI machine running several test files at
// once, the first render after seeding can take more than Testing Library's default 1 s.
configure({ asyncUtilTimeout: 5_000 });
