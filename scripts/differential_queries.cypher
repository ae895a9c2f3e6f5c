// Queries run by scripts/kuzu_differential.sh through newsgraph and through Kùzu on the
// same graph; each must give the same rows. Written in the openCypher both accept.
// Known differences that are Kùzu's, not ours (openCypher agrees with newsgraph):
// substring() is 1-based in Kùzu and 0-based in openCypher; Kùzu does not parse the
// list slice `[1..3]`.
MATCH (a:Actor) RETURN count(*) AS n;
MATCH (a:Agency) RETURN a.name AS name ORDER BY name;
MATCH (p:Place) RETURN p.name AS name ORDER BY name LIMIT 5;
MATCH (p:Place) RETURN p.name AS name ORDER BY name DESC SKIP 2 LIMIT 3;
MATCH (p:Place) WHERE p.name STARTS WITH 'S' RETURN p.name AS name;
MATCH (p:Place) WHERE p.name CONTAINS 'an' RETURN p.name AS name;
MATCH (p:Place) WHERE p.name ENDS WITH 'a' RETURN count(*) AS n;
MATCH (a:Article) RETURN a.file AS file, a.date AS date ORDER BY file;
MATCH (a:Article)-[:MENTIONS]->(p:Place) RETURN a.file AS file, count(p) AS places ORDER BY file;
MATCH (a:Article)-[:MENTIONS]->(e:Actor) RETURN e.name AS name, count(a) AS articles ORDER BY articles DESC, name;
MATCH (a:Article)-[:MENTIONS]->(e:Agency) WITH e, count(a) AS articles WHERE articles > 1 RETURN e.name AS name, articles ORDER BY name;
MATCH (e:Agency) RETURN e.name AS name, size(e.aliases) AS aliases ORDER BY aliases DESC, name LIMIT 5;
MATCH (e:Agency) UNWIND e.aliases AS alias RETURN e.name AS name, alias ORDER BY name, alias;
MATCH (e:Actor) WHERE e.role IS NOT NULL RETURN e.name AS name, e.role AS role ORDER BY name;
MATCH (e:Actor) WHERE e.role IS NULL RETURN count(*) AS n;
MATCH (a:Article)-[:MENTIONS]->(p:Place)<-[:MENTIONS]-(b:Article) WHERE a.file < b.file RETURN a.file AS a, b.file AS b, count(p) AS shared ORDER BY a, b;
MATCH (p:Place) WITH p.name AS name ORDER BY name LIMIT 3 RETURN collect(name) AS names;
MATCH (p:Place) RETURN DISTINCT size(p.aliases) AS aliases ORDER BY aliases;
UNWIND [3, 1, 2] AS x RETURN x ORDER BY x;
UNWIND [1, 2, 3, 4] AS x RETURN sum(x) AS s, avg(x) AS a, min(x) AS lo, max(x) AS hi;
RETURN 7 / 2 AS div, 7 % 3 AS mod, 2.5 * 2 AS mul, -3 + 1 AS add;
RETURN 'abc' + 'def' AS s, substring('newsgraph', 4, 5) AS sub;
RETURN CASE WHEN 1 < 2 THEN 'yes' ELSE 'no' END AS answer;
RETURN [1, 2, 3][1] AS second, [1, 2, 3, 4][1..3] AS middle, size([1, 2]) AS n;
RETURN coalesce(null, 'x') AS c, null IS NULL AS isnull, 1 IN [1, 2] AS inlist;
MATCH (a:Article) OPTIONAL MATCH (a)-[:MENTIONS]->(e:Actor) RETURN a.file AS file, count(e) AS actors ORDER BY file;
MATCH (a:Article)-[:MENTIONS]->(x) RETURN count(DISTINCT x) AS mentioned;
MATCH (f:Figure) RETURN f.measure AS measure, count(*) AS n ORDER BY measure;
MATCH (f:Figure)-[:REPORTED_BY]->(s:Agency) RETURN s.name AS source, count(f) AS figures ORDER BY figures DESC, source LIMIT 5;
MATCH (f:Figure) WHERE f.value IS NOT NULL RETURN max(f.value) AS largest, min(f.value) AS smallest;
MATCH (newer:Figure)-[:SUPERSEDES]->(older:Figure) RETURN newer.value AS newValue, older.value AS oldValue ORDER BY newValue, oldValue;
MATCH (f:Figure)-[:SUPERSEDES*1..3]->(g:Figure) RETURN count(*) AS chains;
