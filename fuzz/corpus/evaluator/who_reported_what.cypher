// Who reported which figures, newest claims first; run with
//   newsgraph query GRAPH -f examples/queries/who_reported_what.cypher
MATCH (f:Figure)-[:REPORTED_BY]->(s)
RETURN s.name AS source, labels(s)[0] AS kind, f.measure AS measure,
       coalesce(toString(f.value), toString(f.low) + '-' + toString(f.high)) AS value,
       f.qualifier AS qualifier
ORDER BY source, measure;

// Figures that were revised, with the figure they replace.
MATCH (new:Figure)-[:SUPERSEDES]->(old:Figure)
RETURN new.measure AS measure, old.value AS was, new.value AS now;

// How many figures each source gave.
MATCH (f:Figure)-[:REPORTED_BY]->(s)
RETURN s.name AS source, count(f) AS figures
ORDER BY figures DESC, source;
