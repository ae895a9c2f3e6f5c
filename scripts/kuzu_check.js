// Loads a newsgraph Kùzu export into a real, in-memory Kùzu database and checks it against
// the graph.json it came from: node and relationship counts, counts by label and type,
// every node's and relationship's properties, and two path queries. Prints one line per
// check and exits 1 if any fails.
//
// usage: node scripts/kuzu_check.js EXPORT_DIR GRAPH_JSON
// Needs the npm package kuzu on NODE_PATH; scripts/kuzu_check.sh sets that up.
'use strict';
const fs = require('fs');
const path = require('path');
const kuzu = require('kuzu');

const [exportDir, graphJsonPath] = process.argv.slice(2);
if (!exportDir || !graphJsonPath) {
    console.error('usage: node kuzu_check.js EXPORT_DIR GRAPH_JSON');
    process.exit(2);
}

const kDomainLabels = {actor: 'Actor', agency: 'Agency', place: 'Place', figure: 'Figure',
                       article: 'Article'};
const kDomainTypes = {'reported-by': 'REPORTED_BY', supersedes: 'SUPERSEDES',
                      mentions: 'MENTIONS', 'located-in': 'LOCATED_IN'};
const kStructure = new Set(['id', 'type', 'labels', 'mentions', 'properties']);

// The graph as graph.json describes it, in the terms of the export (docs/export.md).
function expectedGraph(doc) {
    const nodes = new Map();
    for (const node of doc.nodes) {
        const labels = (node.type ? [kDomainLabels[node.type]] : []).concat(node.labels || []);
        const table = node.type ? kDomainLabels[node.type] : (labels[0] || 'Node');
        const properties = Object.assign({}, node.properties || {});
        for (const [key, value] of Object.entries(node)) {
            if (!kStructure.has(key)) properties[key] = value;
        }
        nodes.set(node.id, {id: node.id, labels, table, properties});
    }
    const edges = doc.edges.map((edge) => {
        const properties = Object.assign({}, edge.properties || {});
        if (edge.article) properties.article = edge.article;
        return {id: edge.id, from: edge.from, to: edge.to,
                type: kDomainTypes[edge.type] || edge.type, properties};
    });
    return {nodes, edges};
}

// Equal as the export promises: numbers by value (integers may come back as doubles),
// lists and maps element by element, and JSON text where the column is a STRING of JSON.
function same(expected, actual) {
    if (expected === null || expected === undefined) return actual === null || actual === undefined;
    if (typeof actual === 'string' && typeof expected !== 'string') {
        try { actual = JSON.parse(actual); } catch (e) { return false; }
    }
    if (typeof actual === 'bigint') actual = Number(actual);
    if (Array.isArray(expected)) {
        return Array.isArray(actual) && actual.length === expected.length &&
               expected.every((item, i) => same(item, actual[i]));
    }
    if (typeof expected === 'object') {
        if (typeof actual !== 'object' || actual === null) return false;
        const keys = Object.keys(expected);
        return keys.length === Object.keys(actual).length &&
               keys.every((key) => same(expected[key], actual[key]));
    }
    return expected === actual;
}

// The column a property was written to: its key, or prop_<key> (prefixed again until it
// is neither reserved nor another key of the table) when the key is reserved.
function columnName(key, reserved, tableKeys) {
    if (!reserved.has(key)) return key;
    let name = 'prop_' + key;
    while (reserved.has(name) || tableKeys.has(name)) name = 'prop_' + name;
    return name;
}

async function main() {
    const doc = JSON.parse(fs.readFileSync(graphJsonPath, 'utf8'));
    const expected = expectedGraph(doc);
    const db = new kuzu.Database(':memory:');
    const conn = new kuzu.Connection(db);
    const rows = async (query) => (await conn.query(query)).getAll();
    let failed = 0;
    const check = (what, ok, detail) => {
        console.log(`${ok ? 'ok' : 'FAILED'}: ${what}${detail ? ' (' + detail + ')' : ''}`);
        if (!ok) failed++;
    };

    // Load: load.cypher names its CSV files relative to the export folder.
    const script = fs.readFileSync(path.join(exportDir, 'load.cypher'), 'utf8')
        .split('\n').filter((line) => !line.startsWith('//')).join('\n');
    process.chdir(exportDir);
    let statements = 0;
    for (const statement of script.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean)) {
        await conn.query(statement);
        statements++;
    }
    check(`load.cypher ran (${statements} statements)`, true);

    const nodeCount = (await rows('MATCH (n) RETURN count(n) AS c'))[0].c;
    check(`node count ${nodeCount} = ${expected.nodes.size}`, Number(nodeCount) === expected.nodes.size);
    const edgeCount = (await rows('MATCH ()-[r]->() RETURN count(r) AS c'))[0].c;
    check(`relationship count ${edgeCount} = ${expected.edges.length}`,
          Number(edgeCount) === expected.edges.length);

    const byTable = new Map();
    const tableKeys = new Map();
    for (const node of expected.nodes.values()) {
        byTable.set(node.table, (byTable.get(node.table) || 0) + 1);
        if (!tableKeys.has(node.table)) tableKeys.set(node.table, new Set());
        for (const key of Object.keys(node.properties)) tableKeys.get(node.table).add(key);
    }
    const edgeKeys = new Map();
    for (const edge of expected.edges) {
        if (!edgeKeys.has(edge.type)) edgeKeys.set(edge.type, new Set());
        for (const key of Object.keys(edge.properties)) edgeKeys.get(edge.type).add(key);
    }
    for (const [table, count] of [...byTable].sort()) {
        const got = (await rows(`MATCH (n:\`${table}\`) RETURN count(n) AS c`))[0].c;
        check(`MATCH (n:${table}) RETURN count(n): ${got} = ${count}`, Number(got) === count);
    }
    const byType = new Map();
    for (const edge of expected.edges) byType.set(edge.type, (byType.get(edge.type) || 0) + 1);
    for (const [type, count] of [...byType].sort()) {
        const got = (await rows(`MATCH ()-[r:\`${type}\`]->() RETURN count(r) AS c`))[0].c;
        check(`MATCH ()-[r:${type}]->() RETURN count(r): ${got} = ${count}`, Number(got) === count);
    }

    // Every node's labels and properties.
    const nodeMismatches = [];
    for (const table of byTable.keys()) {
        for (const row of await rows(`MATCH (n:\`${table}\`) RETURN n.*`)) {
            const get = (name) => row['n.' + name];
            const node = expected.nodes.get(Number(get('id')));
            if (!node) { nodeMismatches.push(`unknown id ${get('id')}`); continue; }
            if (!same(node.labels, get('labels'))) nodeMismatches.push(`${node.id}.labels`);
            for (const [key, value] of Object.entries(node.properties)) {
                const name = columnName(key, new Set(['id', 'labels']), tableKeys.get(table));
                if (!same(value, get(name))) {
                    nodeMismatches.push(`${node.id}.${key}: ${JSON.stringify(value)} vs ${JSON.stringify(get(name))}`);
                }
            }
        }
    }
    check('every node property reads back as graph.json has it', nodeMismatches.length === 0,
          nodeMismatches.slice(0, 5).join('; '));

    // Every relationship's ends and properties.
    const edgeMismatches = [];
    const edgesById = new Map(expected.edges.map((edge) => [edge.id, edge]));
    for (const row of await rows('MATCH (a)-[r]->(b) RETURN a.id AS f, b.id AS t, r')) {
        const edge = edgesById.get(Number(row.r.id));
        if (!edge) { edgeMismatches.push(`unknown edge ${row.r.id}`); continue; }
        if (Number(row.f) !== edge.from || Number(row.t) !== edge.to || row.r._label !== edge.type) {
            edgeMismatches.push(`edge ${edge.id} ends or type`);
        }
        for (const [key, value] of Object.entries(edge.properties)) {
            const name = columnName(key, new Set(['id']), edgeKeys.get(edge.type));
            if (!same(value, row.r[name])) edgeMismatches.push(`edge ${edge.id}.${key}`);
        }
    }
    check('every relationship reads back with its ends, type and properties',
          edgeMismatches.length === 0, edgeMismatches.slice(0, 5).join('; '));

    // Two questions an analyst asks, answered by Kùzu and by graph.json (when the graph
    // has figures and their edges to ask about).
    if (byTable.has('Figure') && byType.has('REPORTED_BY')) {
        const reporters = (await rows(
            'MATCH (f:Figure)-[:REPORTED_BY]->(s) RETURN count(DISTINCT s) AS c'))[0].c;
        const expectedReporters = new Set(expected.edges
            .filter((e) => e.type === 'REPORTED_BY' && expected.nodes.get(e.from).table === 'Figure')
            .map((e) => e.to)).size;
        check(`distinct sources of figures: ${reporters} = ${expectedReporters}`,
              Number(reporters) === expectedReporters);
    }
    if (byTable.has('Figure') && byType.has('SUPERSEDES')) {
        const chains = await rows(
            'MATCH (a:Figure)-[:SUPERSEDES]->(b:Figure) RETURN a.id AS newer, b.id AS older ' +
            'ORDER BY newer, older');
        const want = expected.edges.filter((e) => e.type === 'SUPERSEDES')
            .map((e) => [e.from, e.to]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
        check(`SUPERSEDES pairs: ${chains.length} = ${want.length}`,
              same(want, chains.map((r) => [Number(r.newer), Number(r.older)])));
    }
    console.log(failed ? `kuzu check: ${failed} FAILED` : 'kuzu check: all passed');
    process.exit(failed ? 1 : 0);
}

main().catch((error) => {
    console.error(`kuzu check: ${error.message}`);
    process.exit(1);
});
