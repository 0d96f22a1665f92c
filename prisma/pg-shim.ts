// pg.Client that lets Prisma 6.19's wasm schema engine work over the pg driver adapter
// (TOOLCHAIN.md "Prisma 6.19 without native engines"). Used only by prisma.config.ts.
import pg from "pg";

const CHAR_OID = 18;
const NAME_OID = 19;
const TEXT_OID = 25;

type Field = { dataTypeID: number };
type Result = { fields?: Field[] } | Array<{ fields?: Field[] }>;

/** The schema engine cannot decode "char" and name columns; report them as text. */
function patchResult<T extends Result>(result: T): T {
  const results = Array.isArray(result) ? result : [result];
  for (const r of results) {
    for (const field of r?.fields ?? []) {
      if (field.dataTypeID === CHAR_OID || field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

function rewriteSql(text: string): string {
  // The wasm engine panics on constraint kinds it cannot describe: CHECK ('c'), EXCLUDE ('x'), constraint triggers ('t') and,
  // on PG 18, NOT NULL ('n'). The schema language cannot express them, so hiding them from the
  // engine's introspection changes no diff; migrations still create them.
  let sql = text.replace(/contype NOT IN \('p', 'u', 'f'\)/g, "contype NOT IN ('p', 'u', 'f', 'n', 'c', 'x', 't')");
  // The adapter drops the shadow database while its own pool is still connected.
  sql = sql.replace(/^(\s*DROP DATABASE\s+(?:IF EXISTS\s+)?"prisma_migrate_shadow_db_[^"]+")\s*;?\s*$/i, "$1 WITH (FORCE)");
  return sql;
}

// The adapter's executeScript splits migration scripts on every ";", which cuts dollar-quoted
// bodies (plpgsql functions, DO blocks) apart. Fragments are held here until the dollar quotes
// balance, then sent as one statement. Scripts run one statement at a time, so one buffer suffices.
let heldFragments: string | null = null;

function dollarQuotesBalanced(sql: string): boolean {
  const counts = new Map<string, number>();
  for (const tag of sql.match(/\$[A-Za-z_]*\$/g) ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.values()].every((n) => n % 2 === 0);
}

/** Returns the statement to run now, or null while a dollar-quoted body is still incomplete. */
function joinDollarQuoted(text: string): string | null {
  const combined = heldFragments === null ? text : `${heldFragments};\n${text}`;
  if (dollarQuotesBalanced(combined)) {
    heldFragments = null;
    return combined;
  }
  heldFragments = combined;
  return null;
}

const EMPTY_RESULT = { command: "", rowCount: 0, rows: [], fields: [] };

export class PrismaSchemaEngineClient extends pg.Client {
  private readonly isShadow: boolean;

  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const database = typeof config === "object" ? config?.database : undefined;
    this.isShadow = database?.startsWith("prisma_migrate_shadow_db_") ?? false;
  }

  // Shadow-database connections are killed by DROP ... WITH (FORCE), which is expected; their
  // pool has no error listener, so the error must not travel up to it.
  override emit(event: string | symbol, ...args: unknown[]): boolean {
    if (this.isShadow && event === "error") return true;
    return super.emit(event, ...args);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const [first] = args;
    if (typeof first === "string") {
      const joined = joinDollarQuoted(first);
      if (joined === null) {
        const cb = args[args.length - 1];
        if (typeof cb === "function") return void cb(null, EMPTY_RESULT);
        return Promise.resolve(EMPTY_RESULT);
      }
      args[0] = rewriteSql(joined);
    }
    else if (first && typeof first === "object" && typeof first.text === "string" && typeof first.submit !== "function") {
      args[0] = { ...first, text: rewriteSql(first.text) };
    }
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error | null, res: Result) => last(err, err ? res : patchResult(res));
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args);
    }
    if (first && typeof first === "object" && typeof first.callback === "function") {
      const callback = first.callback;
      args[0] = { ...args[0], callback: (err: Error | null, res: Result) => callback(err, err ? res : patchResult(res)) };
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const out = (super.query as any)(...args);
    return out && typeof out.then === "function" ? out.then(patchResult) : out;
  }
}
