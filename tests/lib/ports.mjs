// The ports of the tests' servers. The Playwright config serves the test copy of the build on
// EXHIBIT_PORT and its sub-path copy one up, for every worker. A test that starts a server of its
// own takes EXHIBIT_PORT + an offset from 10 to 49, moved up by 50 for each worker beside the
// first (Playwright's TEST_PARALLEL_INDEX), so the servers of two workers never meet.
export const basePort = Number(process.env.EXHIBIT_PORT || 8765);
export const WORKER_PORT_STRIDE = 50;
export const privatePort = (offset) =>
  basePort + offset + WORKER_PORT_STRIDE * Number(process.env.TEST_PARALLEL_INDEX || 0);
