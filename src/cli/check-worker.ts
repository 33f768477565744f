/**
 * A worker thread of `concordat check` with several workbooks (check-pool.ts): each workbook it is
 * sent is checked by check-worker-jobs.ts, and the outcome sent back for the main thread to print
 * in the workbooks' order.
 */
import { parentPort } from 'worker_threads';
import type { WorkerJob, WorkerMessage } from './check-pool';
import { workerJobs } from './check-worker-jobs';

const port = parentPort;
const run = workerJobs((message: WorkerMessage) => port?.postMessage(message));

port?.on('message', (job: WorkerJob) => {
  void run(job).then((message) => port.postMessage(message));
});
