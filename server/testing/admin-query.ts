// One statement on a maintenance connection (CREATE/DROP DATABASE cannot run in a pool transaction).
import pg from "pg";

export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
