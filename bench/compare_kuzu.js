// Loads the graph bench_query wrote (--csv DIR) into Kùzu and times the same queries
// there: prints "load <seconds>" and then one "name<TAB>median ms<TAB>rows" line per
// query. Run by bench/compare_kuzu.sh, which installs the npm package kuzu.
// Usage: node bench/compare_kuzu.js CSV_DIR DB_DIR [THREADS]
'use strict';
const kuzu = require('kuzu');
const fs = require('fs');
const path = require('path');

async function run(conn, text) {
  const result = await conn.query(text);
  const rows = await result.getAll();
  return rows.length;
}

async function main() {
  const [csvDir, dbDir, threadArg] = process.argv.slice(2);
  const threads = Number(threadArg || 1);
  const db = new kuzu.Database(dbDir);
  const conn = new kuzu.Connection(db, threads);
  const schema = [
    'CREATE NODE TABLE Actor(id INT64, name STRING, PRIMARY KEY(id))',
    'CREATE NODE TABLE Agency(id INT64, name STRING, PRIMARY KEY(id))',
    'CREATE NODE TABLE Place(id INT64, name STRING, PRIMARY KEY(id))',
    'CREATE NODE TABLE Figure(id INT64, value INT64, qualifier STRING, measure STRING, PRIMARY KEY(id))',
    'CREATE REL TABLE REPORTED_BY(FROM Figure TO Actor, FROM Figure TO Agency)',
    'CREATE REL TABLE MENTIONS(FROM Figure TO Place)',
    'CREATE REL TABLE SUPERSEDES(FROM Figure TO Figure)',
  ];
  for (const statement of schema) await run(conn, statement);
  const start = process.hrtime.bigint();
  for (const table of ['Actor', 'Agency', 'Place', 'Figure']) {
    await run(conn, `COPY ${table} FROM '${path.join(csvDir, table + '.csv')}' (header=false)`);
  }
  for (const file of fs.readdirSync(csvDir)) {
    const m = /^([A-Z_]+)_([A-Za-z]+)_([A-Za-z]+)\.csv$/.exec(file);
    if (!m) continue;
    await run(conn, `COPY ${m[1]} FROM '${path.join(csvDir, file)}' (header=false, from='${m[2]}', to='${m[3]}')`);
  }
  const loadSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`load\t${loadSeconds.toFixed(2)}`);
  const queries = fs.readFileSync(path.join(csvDir, 'queries.tsv'), 'utf8').trim().split('\n');
  for (const line of queries) {
    const [name, text] = line.split('\t');
    const times = [];
    let rows = 0;
    for (let i = 0; i < 5; ++i) {
      const t0 = process.hrtime.bigint();
      rows = await run(conn, text);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    console.log(`${name}\t${times[2].toFixed(3)}\t${rows}`);
  }
}

main().catch((error) => {
  console.error(`compare_kuzu: ${error.message}`);
  process.exit(1);
});
