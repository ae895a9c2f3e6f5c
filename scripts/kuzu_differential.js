// Runs the same queries through newsgraph and through a real Kùzu database loaded from
// newsgraph's Kùzu export of the same graph, and reports every difference. Prints one
// line per query and a summary `N of M queries agree`; exits 1 when any disagrees.
//
// usage: node scripts/kuzu_differential.js EXPORT_DIR GRAPH_JSON QUERIES NEWSGRAPH
// Needs the npm package kuzu on NODE_PATH; scripts/kuzu_differential.sh sets that up.
'use strict';
const fs = require('fs');
const {execFileSync} = require('child_process');
const kuzu = require('kuzu');

const [exportDir, graphJson, queriesFile, newsgraph] = process.argv.slice(2);

function statements(text) {
    return text.split('\n').filter((line) => !line.startsWith('//')).join('\n')
        .split(';').map((s) => s.trim()).filter((s) => s.length > 0);
}

// Values as both sides can be compared: integers as numbers, floats rounded, lists and
// maps recursively; anything else as JSON.
function normal(value) {
    if (typeof value === 'bigint') return Number(value);
    if (typeof value === 'number') return Number.isInteger(value) ? value : Number(value.toPrecision(12));
    if (Array.isArray(value)) return value.map(normal);
    if (value && typeof value === 'object') {
        const out = {};
        for (const key of Object.keys(value).sort()) out[key] = normal(value[key]);
        return out;
    }
    return value === undefined ? null : value;
}

function rowsText(rows, ordered) {
    const lines = rows.map((row) => JSON.stringify(row.map(normal)));
    if (!ordered) lines.sort();
    return lines;
}

async function main() {
    const db = new kuzu.Database(':memory:');
    const conn = new kuzu.Connection(db);
    const here = process.cwd();
    process.chdir(exportDir);
    for (const statement of statements(fs.readFileSync('load.cypher', 'utf8'))) {
        await (await conn.query(statement)).getAll();
    }
    process.chdir(here);
    let agree = 0;
    const queries = statements(fs.readFileSync(queriesFile, 'utf8'));
    for (const query of queries) {
        const ordered = /ORDER BY/i.test(query);
        let ours, theirs, columns;
        try {
            const out = execFileSync(newsgraph, ['query', graphJson, '-c', query, '--format', 'json'],
                                     {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
            const objects = JSON.parse(out);
            columns = objects.length ? Object.keys(objects[0]) : null;
            ours = objects.map((o) => Object.values(o));
        } catch (e) {
            ours = 'newsgraph error: ' + String(e.stderr || e.message).split('\n')[0];
        }
        try {
            const result = await conn.query(query);
            const names = await result.getColumnNames();
            theirs = (await result.getAll()).map((row) => names.map((n) => row[n]));
        } catch (e) {
            theirs = 'kuzu error: ' + String(e.message).split('\n')[0];
        }
        let same = typeof ours !== 'string' && typeof theirs !== 'string' &&
                   JSON.stringify(rowsText(ours, ordered)) === JSON.stringify(rowsText(theirs, ordered));
        if (same) {
            agree++;
            console.log('agree: ' + query);
        } else {
            console.log('DIFFER: ' + query);
            console.log('  newsgraph: ' + (typeof ours === 'string' ? ours : rowsText(ours, ordered).join(' ')));
            console.log('  kuzu:      ' + (typeof theirs === 'string' ? theirs : rowsText(theirs, ordered).join(' ')));
        }
    }
    console.log(`${agree} of ${queries.length} queries agree`);
    process.exit(agree === queries.length ? 0 : 1);
}

main().catch((e) => { console.error(e); process.exit(1); });
