// Prisma's WebAssembly schema engine, so migrations are written and applied without the native
// engine binary that Prisma would otherwise download (unreachable offline).
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

// Node's global WebAssembly, typed just enough (the DOM lib that declares it is not loaded here).
const wasm = (globalThis as unknown as {
  WebAssembly: {
    instantiate: (
      bytes: Uint8Array,
      imports: Record<string, unknown>,
    ) => Promise<{ instance: { exports: Record<string, unknown> } }>;
  };
}).WebAssembly;

let loaded: Promise<typeof bindings> | undefined;
let lastPanic = '';
// The engine reports Rust panics through this global before throwing.
(globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = {
  set_message: (message: string) => {
    lastPanic = message;
  },
};

// The package targets bundlers; under plain Node we instantiate its .wasm ourselves.
function loadBindings(): Promise<typeof bindings> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const entry = require.resolve('@prisma/schema-engine-wasm');
    const bytes = await readFile(path.join(path.dirname(entry), 'schema_engine_bg.wasm'));
    const { instance } = await wasm.instantiate(bytes, { './schema_engine_bg.js': bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return loaded;
}

type PgFactory = PrismaPg;
type PgAdapter = Awaited<ReturnType<PgFactory['connect']>>;

/**
 * Two fixes to @prisma/adapter-pg for migrations:
 * - its shadow database is `{...config, database}`, which a connection string would override and
 *   so silently point at the real database: pass discrete fields instead;
 * - its executeScript splits on every ";", breaking function bodies: send the script whole, as
 *   the native engine does (simple query protocol runs several statements in one call);
 * - it cannot read the "char" columns of the engine's catalogue queries.
 */
function wholeScriptFactory(databaseUrl: string): { factory: PgFactory; close: () => Promise<void> } {
  const url = new URL(databaseUrl);
  const fields = {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    ssl: url.searchParams.get('sslmode') === 'require' ? { rejectUnauthorized: false } : undefined,
  };
  const patch = (adapter: PgAdapter): PgAdapter => {
    const raw = adapter as unknown as {
      client: { query: (sql: string) => Promise<unknown> };
      performIO: (query: object) => Promise<{ fields: { dataTypeID: number }[] }>;
      onError: (error: unknown) => never;
    };
    // The engine's catalogue queries return PostgreSQL's internal "char" type (oid 18), which the
    // adapter cannot map; present such columns as text to the adapter, then as Character.
    const charColumns = new WeakMap<object, number[]>();
    const performIO = raw.performIO.bind(raw);
    raw.performIO = async (query: object) => {
      const result = await performIO(query);
      const indices: number[] = [];
      result.fields.forEach((field, i) => {
        if (field.dataTypeID === 18) {
          field.dataTypeID = 25;
          indices.push(i);
        }
      });
      if (indices.length) charColumns.set(query, indices);
      return result;
    };
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = async (query) => {
      const out = await queryRaw(query);
      for (const i of charColumns.get(query) ?? []) out.columnTypes[i] = ColumnTypeEnum.Character;
      return out;
    };
    adapter.executeScript = async (script: string) => {
      try {
        await raw.client.query(script);
      } catch (error) {
        raw.onError(error);
      }
    };
    return adapter;
  };
  const factory = new PrismaPg({ ...fields, database: decodeURIComponent(url.pathname.slice(1)) });
  // The engine never disposes its main connection; track it so callers can.
  const open: PgAdapter[] = [];
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = patch(await connect());
    open.push(adapter);
    return adapter;
  };
  // The adapter drops its shadow database while its own pool still holds a connection; FORCE it.
  factory.connectToShadowDb = async () => {
    const main = await factory.connect();
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await main.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = patch(await new PrismaPg({ ...fields, database: name }).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await main.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await main.dispose();
      open.splice(open.indexOf(main), 1);
    };
    return shadow;
  };
  const close = async () => {
    await Promise.all(open.splice(0).map((adapter) => adapter.dispose()));
  };
  return { factory, close };
}

export interface Engine {
  engine: SchemaEngine;
  /** Frees the engine and closes its database connections. */
  close: () => Promise<void>;
  /** Turns "External error id#N" into the adapter's real message. */
  explain: (error: unknown) => Error;
}

export async function openSchemaEngine(
  databaseUrl: string,
  datamodel: { path: string; content: string },
): Promise<Engine> {
  const { SchemaEngine } = await loadBindings();
  const { factory, close } = wholeScriptFactory(databaseUrl);
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const engine = await SchemaEngine.new(
    { datamodels: [[datamodel.path, datamodel.content]] },
    () => {},
    bound,
  );
  const explain = (error: unknown): Error => {
    const message = error instanceof Error ? error.message : String(error);
    const match = /External error id#(\d+)/.exec(message);
    const registry = (bound as unknown as {
      errorRegistry?: { registeredErrors: Record<number, { error: unknown }> };
    }).errorRegistry;
    const real = match && registry?.registeredErrors[Number(match[1])]?.error;
    if (real) return new Error(`${message}: ${JSON.stringify(real)}`);
    if (lastPanic) return new Error(`${message}: ${lastPanic}`);
    return error instanceof Error ? error : new Error(message);
  };
  return {
    engine,
    explain,
    close: async () => {
      engine.free();
      await close();
    },
  };
}
