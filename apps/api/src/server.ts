// Starts Phối hợp: database (given or embedded), pending migrations, demo seed, then HTTP.
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';
import { loadConfig } from './config/env.ts';
import { migrate, openDatabase } from './db/bootstrap.ts';
import { createPrisma } from './db/prisma.ts';
import { DEMO_TOTP_SECRET, demoAccounts, isEmpty, seedDemo } from './seed/seed-demo.ts';
import { seedDemoRecords } from './seed/seed-demo-records.ts';
import { createServices } from './services.ts';

const config = loadConfig();
const say = (line: string) => console.log(`[phoihop] ${line}`);

const database = await openDatabase(config, say);
await migrate(database.url, say);
const db = createPrisma(database.url);

if (config.demo) {
  // Only an empty database is seeded: a deleted demo row is not brought back behind the admin's back.
  const fresh = await isEmpty(db);
  const { accounts, password, created } = fresh ? await seedDemo(db) : demoAccounts();
  if (created) say(`Đã tạo dữ liệu mẫu phường Hoành Sơn (${created} bản ghi)`);
  if (fresh) {
    const { plans, cases, reception, supervision, civic, reports } = await seedDemoRecords((clock) => createServices(db, config, clock), db);
    say(`Đã tạo ${plans.plans} kế hoạch mẫu (${plans.items} mục, ${plans.reports} báo cáo tiến độ)`);
    say(
      `Đã tạo ${cases.cases} đơn thư, ${reception.sessions} buổi tiếp công dân, ${reception.teams} tổ hòa giải (${reception.mediators} hòa giải viên)`,
    );
    say(
      `Đã tạo ${supervision.supervisions} cuộc giám sát (${supervision.recommendations} kiến nghị), ${civic.drafts} dự thảo phản biện, ${civic.voterMeetings} buổi tiếp xúc cử tri, ${civic.boxes} hòm thư góp ý, ${reports.reports} báo cáo năm`,
    );
  }
  say(`Tài khoản dùng thử (mật khẩu ${password}; 2FA: mã TOTP từ khóa công khai ${DEMO_TOTP_SECRET}):`);
  for (const a of accounts) {
    say(`  ${a.username.padEnd(10)} ${a.roles.join(', ').padEnd(13)} ${(a.secondFactor ? '2FA' : '').padEnd(4)}${a.fullName}`);
  }
}
if (!config.secondFactorKey) {
  say('SECOND_FACTOR_KEY chưa đặt: khóa TOTP được lưu không mã hóa (đặt 32 byte base64 để mã hóa)');
}

if (!config.demo && (await db.user.count()) === 0) {
  say('Chưa có tài khoản nào. Tạo quản trị hệ thống đầu tiên:');
  say('  node apps/api/dist/cli.js admin:create --username admin --unit-code 42 --unit-name "Tỉnh Hà Tĩnh"');
}

const services = createServices(db, config);
const app = await buildApp(config, services);
// Exports are built in the process that queued them: one stopped before finishing never will.
const interrupted = await services.exports.recoverInterrupted();
if (interrupted) say(`${interrupted} lần xuất danh sách dở dang được đánh dấu không thành công (máy chủ đã khởi động lại)`);

// Hourly: forget dead sessions and uploads never linked to a record, send the daily digests not
// yet sent (each exists once per user and day, so several API processes may all run this).
const hourly = () => {
  services.sessions
    .deleteExpired(new Date(Date.now() - 7 * 24 * 3_600_000))
    .catch((err: unknown) => app.log.warn({ err }, 'session cleanup failed'));
  services.attachments
    .deleteUnlinked()
    .then((deleted) => deleted && app.log.info({ deleted }, 'unlinked uploads deleted'))
    .catch((err: unknown) => app.log.warn({ err }, 'unlinked upload cleanup failed'));
  services.digest
    .sendDaily()
    .then((sent) => sent && app.log.info({ sent }, 'daily digests sent'))
    .catch((err: unknown) => app.log.warn({ err }, 'daily digest failed'));
  services.supervision
    .notifyOverdue()
    .then((told) => told && app.log.info({ told }, 'overdue recommendations notified'))
    .catch((err: unknown) => app.log.warn({ err }, 'overdue recommendations notice failed'));
  services.voterContact
    .notifyOverdue()
    .then((told) => told && app.log.info({ told }, 'overdue voter petitions notified'))
    .catch((err: unknown) => app.log.warn({ err }, 'overdue voter petitions notice failed'));
  services.exports
    .deleteOld()
    .then((deleted) => deleted && app.log.info({ deleted }, 'old export jobs deleted'))
    .catch((err: unknown) => app.log.warn({ err }, 'export cleanup failed'));
};
const housekeeping = setInterval(hourly, 3_600_000).unref();
setTimeout(hourly, 5_000).unref();

closeWithGrace({ delay: 10_000 }, async ({ err }) => {
  if (err) app.log.error({ err }, 'shutting down after error');
  say('Đang dừng máy chủ…');
  clearInterval(housekeeping);
  await app.close();
  await db.$disconnect();
  await database.stop();
});

await app.listen({ port: config.port, host: config.host });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
say(`Phối hợp đang chạy tại http://localhost:${port} (API: /api, tài liệu API: /api/docs)`);
