// The runner on its own: pages in, rows out, progress after each page, cut at the cap with a
// note saying so; and the queue never runs more than its share at once.
import { describe, expect, it } from 'vitest';
import { createJobQueue } from './export-queue.ts';
import { capNote, writeRows } from './export-runner.ts';
import type { CellValue, SheetWriter } from './export-sheet.ts';

function fakeWriter() {
  const rows: CellValue[][] = [];
  const notes: string[] = [];
  const writer: SheetWriter = {
    addRow: (values) => void rows.push(values),
    addNote: (text) => void notes.push(text),
    finish: async () => Buffer.from(''),
  };
  return { writer, rows, notes };
}

async function* pagesOf(...pages: number[][]): AsyncGenerator<CellValue[][]> {
  for (const page of pages) yield page.map((n) => [n]);
}

describe('writeRows', () => {
  it('writes every row and reports progress after each page', async () => {
    const { writer, rows, notes } = fakeWriter();
    const progress: number[] = [];
    const result = await writeRows({ pages: pagesOf([1, 2], [3, 4], [5]), writer, cap: 10, onProgress: async (n) => void progress.push(n) });
    expect(result).toEqual({ processed: 5, truncated: false });
    expect(rows).toEqual([[1], [2], [3], [4], [5]]);
    expect(progress).toEqual([2, 4, 5]);
    expect(notes).toEqual([]);
  });

  it('stops at the cap, stops reading the list and says so in a last row', async () => {
    const { writer, rows, notes } = fakeWriter();
    let pagesRead = 0;
    async function* counted(): AsyncGenerator<CellValue[][]> {
      for (const page of [[1, 2], [3, 4], [5, 6], [7, 8]]) {
        pagesRead++;
        yield page.map((n) => [n]);
      }
    }
    const result = await writeRows({ pages: counted(), writer, cap: 3, onProgress: async () => undefined });
    expect(result).toEqual({ processed: 3, truncated: true });
    expect(rows).toEqual([[1], [2], [3]]);
    expect(pagesRead).toBe(2);
    expect(notes).toEqual([capNote(3)]);
    expect(capNote(100_000)).toBe(
      'Danh sách có hơn 100.000 dòng: tệp chỉ gồm 100.000 dòng đầu. Hãy lọc thêm để xuất phần còn lại.',
    );
  });

  it('is not cut when the list has exactly the cap', async () => {
    const { writer, notes } = fakeWriter();
    const result = await writeRows({ pages: pagesOf([1, 2], [3]), writer, cap: 3, onProgress: async () => undefined });
    expect(result).toEqual({ processed: 3, truncated: false });
    expect(notes).toEqual([]);
  });
});

describe('createJobQueue', () => {
  it('runs at most two at once, in order, and keeps going after a failure', async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const queue = createJobQueue<number>(2, async (n) => {
      started.push(n);
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      if (n === 2) throw new Error('boom');
    });
    for (const n of [1, 2, 3, 4, 5]) queue.push(n);
    await queue.idle();
    expect(started).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });
});
