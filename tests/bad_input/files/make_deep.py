# Writes a graph.json whose one property nests DEPTH lists deep: make_deep.py DEPTH FILE
import sys
depth, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w") as f:
    f.write('{"format":"newsgraph-1","articles":[],"nodes":[{"id":1,"type":null,'
            '"properties":{"p":' + "[" * depth + "]" * depth + '}}],"edges":[]}\n')
