// Maintenance commands: `migrate`, `migration <name>`, `seed`, `admin:create`, `plan:import`,
// `audit:verify`.
// Without DATABASE_URL they use the embedded PostgreSQL (stop the server first: one process
// at a time may own its data folder).
import { parseArgs } from 'node:util';
import { loadConfig } from './config/env.ts';
import { migrate, openDatabase } from './db/bootstrap.ts';
import { createMigration } from './db/migrations.ts';
import { createPrisma } from './db/prisma.ts';
import { createFirstAdmin } from './seed/create-admin.ts';
import { seedDemo } from './seed/seed-demo.ts';
import { seedDemoRecords } from './seed/seed-demo-records.ts';
import { runPlanImport } from './modules/plan-import/import-command.ts';
import { runAuditVerify } from './modules/audit/verify-command.ts';
import { createServices } from './services.ts';

const say = (line: string) => console.log(`[phoihop] ${line}`);
const [command, ...rest] = process.argv.slice(2);
const config = loadConfig();
const database = await openDatabase(config, say);

try {
  switch (command) {
    case 'migrate':
      await migrate(database.url, say);
      say('Cơ sở dữ liệu đã ở phiên bản mới nhất');
      break;
    case 'migration': {
      const name = rest[0];
      if (!name) throw new Error('Cách dùng: pnpm db:migration <ten_migration>');
      const folder = await createMigration(database.url, name);
      say(folder ? `Đã tạo prisma/migrations/${folder}/migration.sql` : 'Schema không thay đổi: không tạo migration');
      break;
    }
    case 'seed': {
      await migrate(database.url, say);
      const db = createPrisma(database.url);
      const { created } = await seedDemo(db);
      const { plans, cases, reception, supervision, civic, reports } = await seedDemoRecords((clock) => createServices(db, config, clock), db);
      await db.$disconnect();
      say(`Dữ liệu mẫu: tạo mới ${created} bản ghi, ${plans.plans} kế hoạch (${plans.items} mục, ${plans.reports} báo cáo tiến độ)`);
      say(`${cases.cases} đơn thư, ${reception.sessions} buổi tiếp công dân, ${reception.teams} tổ hòa giải (${reception.mediators} hòa giải viên)`);
      say(`${supervision.supervisions} cuộc giám sát (${supervision.recommendations} kiến nghị), ${civic.drafts} dự thảo phản biện, ${civic.voterMeetings} buổi tiếp xúc cử tri, ${civic.boxes} hòm thư góp ý, ${reports.reports} báo cáo năm`);
      break;
    }
    case 'admin:create': {
      const { values } = parseArgs({
        args: rest,
        options: {
          username: { type: 'string' },
          'full-name': { type: 'string' },
          'unit-code': { type: 'string' },
          'unit-name': { type: 'string' },
        },
      });
      await migrate(database.url, say);
      const db = createPrisma(database.url);
      await createFirstAdmin(db, values, say);
      await db.$disconnect();
      break;
    }
    case 'plan:import': {
      await migrate(database.url, say);
      const db = createPrisma(database.url);
      try {
        const out = { info: say, error: (line: string) => console.error(line) };
        process.exitCode = await runPlanImport(createServices(db, config).planImport, rest, out);
      } finally {
        await db.$disconnect();
      }
      break;
    }
    case 'audit:verify': {
      const db = createPrisma(database.url);
      try {
        process.exitCode = await runAuditVerify(db, { info: say, error: (line: string) => console.error(line) });
      } finally {
        await db.$disconnect();
      }
      break;
    }
    default:
      throw new Error(
        'Lệnh: migrate | migration <tên> | seed | admin:create | plan:import <tệp> --unit <mã> --year <năm> | audit:verify',
      );
  }
} catch (error) {
  console.error(`[phoihop] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.stop();
}
