// Production has no default password: the first system admin is created from the command line.
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { newPasswordSchema } from '@phoihop/shared/auth';
import { passwordProblem, passwordProblemMessages } from '@phoihop/shared/password-policy';
import { searchTextOf } from '@phoihop/shared/text';
import { usernameSchema } from '@phoihop/shared/users';
import type { Db } from '../db/prisma.ts';
import { hashPassword } from '../lib/password.ts';

interface Options {
  username?: string | undefined;
  'full-name'?: string | undefined;
  'unit-code'?: string | undefined;
  'unit-name'?: string | undefined;
}

/** Reads the password from ADMIN_PASSWORD or, on a terminal, without echoing it. */
async function readPassword(): Promise<string> {
  const fromEnv = process.env.ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const question = rl.question('Mật khẩu quản trị (12–128 ký tự, không dùng mật khẩu phổ biến): ');
  muted = true;
  const answer = await question;
  rl.close();
  process.stdout.write('\n');
  return answer;
}

export async function createFirstAdmin(db: Db, options: Options, say: (line: string) => void) {
  const username = usernameSchema.parse(options.username ?? 'admin');
  const unitCode = options['unit-code'];
  if (!unitCode) throw new Error('Thiếu --unit-code (mã tỉnh, ví dụ 42)');
  if (await db.user.findUnique({ where: { username } })) {
    throw new Error(`Tên đăng nhập ${username} đã tồn tại`);
  }
  const password = newPasswordSchema.parse(await readPassword());
  const unitName = (await db.adminUnit.findUnique({ where: { code: unitCode } }))?.name;
  const problem = passwordProblem(password, {
    username,
    unitName: unitName ?? options['unit-name'] ?? `Tỉnh ${unitCode}`,
  });
  if (problem) throw new Error(passwordProblemMessages[problem].vi);
  const passwordHash = await hashPassword(password);
  const fullName = options['full-name'] ?? 'Quản trị hệ thống';
  await db.$transaction(async (tx) => {
    const unit =
      (await tx.adminUnit.findUnique({ where: { code: unitCode } })) ??
      (await tx.adminUnit.create({
        data: {
          code: unitCode,
          name: options['unit-name'] ?? `Tỉnh ${unitCode}`,
          kind: 'PROVINCE',
          searchText: searchTextOf(options['unit-name'] ?? unitCode, unitCode),
        },
      }));
    const user = await tx.user.create({
      data: {
        unitId: unit.id,
        username,
        fullName,
        passwordHash,
        searchText: searchTextOf(fullName, username),
        roles: { create: [{ role: 'SYSTEM_ADMIN', unitId: unit.id }] },
      },
    });
    await tx.auditLog.create({
      data: { action: 'user.create_admin', entityType: 'User', entityId: user.id, unitId: unit.id, changes: { username } },
    });
  });
  say(`Đã tạo quản trị hệ thống "${username}" thuộc ${unitCode}`);
}
