import { fileURLToPath } from 'node:url';
import path from 'node:path';

// Both the sources (apps/api/src/db) and the bundle (apps/api/dist) sit three levels below the
// repository root or less; walk up until prisma/ is found.
import { existsSync } from 'node:fs';

function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'prisma', 'schema.prisma'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Không tìm thấy thư mục prisma/ của dự án');
    dir = parent;
  }
  return dir;
}

export const repoRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)));
export const prismaDir = path.join(repoRoot, 'prisma');
