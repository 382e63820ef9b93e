// A small in-process queue: at most `concurrency` exports build at once, the rest wait in order.
// Jobs live in this process only; a restart fails what was left (see recoverInterrupted).

export interface JobQueue<T> {
  push(task: T): void;
  /** Resolves once nothing runs or waits (tests, shutdown). */
  idle(): Promise<void>;
}

export function createJobQueue<T>(concurrency: number, run: (task: T) => Promise<void>): JobQueue<T> {
  const waiting: T[] = [];
  let active = 0;
  const onIdle: (() => void)[] = [];

  const settle = () => {
    active--;
    pump();
    if (active === 0 && waiting.length === 0) for (const resolve of onIdle.splice(0)) resolve();
  };

  function pump() {
    while (active < concurrency && waiting.length > 0) {
      const task = waiting.shift()!;
      active++;
      // `run` records its own failures on the job; nothing may stop the queue.
      run(task).catch(() => undefined).finally(settle);
    }
  }

  return {
    push(task: T) {
      waiting.push(task);
      pump();
    },
    idle: () => (active === 0 && waiting.length === 0 ? Promise.resolve() : new Promise((resolve) => onIdle.push(resolve))),
  };
}
