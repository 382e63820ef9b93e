import type { Db } from '../../db/prisma.ts';
import { verifyChain, type ChainReport } from './audit-chain.ts';
import { createAuditChainRepository } from './audit-chain.repository.ts';

/** What `audit:verify` prints: the count when whole, else the first row that breaks the chain. */
export function describeChainReport(report: ChainReport): string {
  if (report.ok) return `Nhật ký kiểm toán nguyên vẹn: ${report.count} bản ghi (audit chain OK)`;
  const before = `sau ${report.count} bản ghi hợp lệ`;
  switch (report.reason) {
    case 'changed':
      return `Bản ghi id ${report.id} (thứ tự ${report.seq}) đã bị sửa, ${before} (row changed)`;
    case 'predecessor-missing':
      return `Bản ghi trước bản ghi id ${report.id} (thứ tự ${report.seq}) đã bị xóa hoặc sửa, ${before} (predecessor removed)`;
    case 'tail-missing':
      return `Các bản ghi sau id ${report.id ?? '(đầu chuỗi)'} đã bị xóa: đầu chuỗi ghi thứ tự ${report.seq}, ${before} (tail removed)`;
    case 'unchained':
      return `Bản ghi id ${report.id} không nằm trong chuỗi băm (row outside the chain)`;
  }
}

export async function runAuditVerify(db: Db, out: { info: (line: string) => void; error: (line: string) => void }) {
  const report = await verifyChain(createAuditChainRepository(db));
  if (report.ok) {
    out.info(describeChainReport(report));
    return 0;
  }
  out.error(describeChainReport(report));
  return 1;
}
