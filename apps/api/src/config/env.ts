// The only module that reads process.env: everything else receives a validated Config.
import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from '../db/paths.ts';

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().optional(),
  DEMO: flag.optional(),
  COOKIE_SECURE: flag.optional(),
  TRUST_PROXY: flag.default(false),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(60),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  LOGIN_FREE_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_FREE_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
  LOGIN_MAX_DELAY_MINUTES: z.coerce.number().int().min(1).default(15),
  LOGIN_NOTIFY_FAILURES: z.coerce.number().int().min(1).default(10),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  UPLOAD_DAILY_MAX_FILES: z.coerce.number().int().min(1).default(100),
  UPLOAD_DAILY_MAX_MB: z.coerce.number().int().min(1).default(200),
  /** 32 bytes, base64: seals the TOTP keys at rest (AES-256-GCM). Empty (as docker compose
   * passes an unset variable) means unset. */
  SECOND_FACTOR_KEY: z
    .string()
    .transform((v) => v.trim() || undefined)
    .refine((v) => v === undefined || Buffer.from(v, 'base64').length === 32, {
      message: '32 bytes in base64 expected',
    })
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  WEB_DIST: z.string().optional(),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Unset: an embedded PostgreSQL under `dataDir` is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  cookieSecure: boolean;
  trustProxy: boolean;
  session: { idleMinutes: number; absoluteHours: number };
  login: {
    /** Wrong passwords per (account, source address) before delays start. */
    freeFailures: number;
    /** Wrong passwords from one address, whatever the account, before delays start. */
    freeFailuresPerAddress: number;
    /** The longest delay the doubling reaches. */
    maxDelayMinutes: number;
    /** Failures on one account, from anywhere, within a day before its owner and admins are told. */
    notifyFailures: number;
    ratePerMinute: number;
  };
  /** Per user, over the last 24 hours, counted in the database (shared by every process). */
  uploads: { dailyMaxFiles: number; dailyMaxBytes: number };
  /** Unset: TOTP keys are stored as they are (the server warns at start). */
  secondFactorKey: Buffer | null;
  logLevel: string;
  webDist: string;
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Cấu hình môi trường không hợp lệ / invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const demo = e.DEMO ?? e.NODE_ENV !== 'production';
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR ?? path.join(repoRoot, '.data')),
    demo,
    cookieSecure: e.COOKIE_SECURE ?? (e.NODE_ENV === 'production' && !demo),
    trustProxy: e.TRUST_PROXY,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteHours: e.SESSION_ABSOLUTE_HOURS },
    login: {
      freeFailures: e.LOGIN_FREE_FAILURES,
      freeFailuresPerAddress: e.LOGIN_FREE_FAILURES_PER_ADDRESS,
      maxDelayMinutes: e.LOGIN_MAX_DELAY_MINUTES,
      notifyFailures: e.LOGIN_NOTIFY_FAILURES,
      ratePerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    },
    uploads: {
      dailyMaxFiles: e.UPLOAD_DAILY_MAX_FILES,
      dailyMaxBytes: e.UPLOAD_DAILY_MAX_MB * 1024 * 1024,
    },
    secondFactorKey: e.SECOND_FACTOR_KEY ? Buffer.from(e.SECOND_FACTOR_KEY, 'base64') : null,
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
    webDist: path.resolve(e.WEB_DIST ?? path.join(repoRoot, 'apps', 'web', 'dist')),
  };
}
