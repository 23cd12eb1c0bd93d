#!/usr/bin/env python3
"""Shares of JFR CPU samples per part of a candidates request (docs/benchmarks.md, « Où passe le temps »).

Usage: jfr print --json --events jdk.ExecutionSample rec.jfr > rec.json; scripts/jfr-candidates-parts.py rec.json
Each sample goes to one part by the frames of its (possibly cut) stack; prints a Markdown table."""
import json, sys, collections
d = json.load(open(sys.argv[1]))
def cat(fr):
    j = ' '.join(fr)
    if 'jdk.jfr' in j: return 'JFR itself'
    if 'fr.tremplin.indexer.verify' in j or 'Tailer' in j or 'tailer' in j or 'Maintenance' in j: return 'background (index checks, outbox tailer)'
    if 'org.mariadb' in j or 'io.micronaut.data' in j or 'com.zaxxer' in j or 'SeekerSource' in j or 'Converter.convert' in j:
        if 'findAll' in j or 'findByIdIn' in j: return 'DB: 20 seeker rows for names (findByIdIn)'
        if 'findOne' in j or 'VacancyService' in j or 'EmployerService' in j: return 'DB: vacancy + employer (findById)'
        return 'DB: JDBC/row mapping, caller not in the sampled stack'
    if 'SeekerDisplays' in j: return 'names from the index'
    if 'MatchDtos' in j or 'skillLabel' in j: return 'explanations: DTO + skill labels'
    if 'jackson' in j or 'serde' in j.lower() or 'JsonMapper' in j or 'MessageBodyWriter' in j: return 'JSON serialisation'
    if 'security' in j.lower() or 'jwt' in j.lower() or 'nimbus' in j.lower() or 'AccessPolicy' in j: return 'security (JWT, filters, access)'
    if 'fr.tremplin.core' in j or 'org.apache.lucene' in j or 'MemorySessionImpl' in j or 'MemorySegment' in j or 'VarHandleSegment' in j:
        tre = [x for x in fr if x.startswith('fr.tremplin.core')]
        first = tre[0] if tre else ''
        if 'Facet' in first: return 'ranking: facets'
        if 'Explain' in first or 'MatchExplanation' in first or 'Contribution' in first: return 'ranking: explanations'
        if 'TopHits' in first or 'HitData' in first or 'Pages' in first: return 'ranking: page (top hits, hit data)'
        return 'ranking: retrieval, filters, scoring (Lucene + collector)'
    if 'io.netty' in j or 'io.micronaut' in j: return 'HTTP (Netty, Micronaut routing, validation, filters)'
    if 'fr.tremplin' in j: return 'other Tremplin code'
    return 'other (JDK, GC-side, unattributed)'
c = collections.Counter(); ex = collections.defaultdict(collections.Counter)
for e in d['recording']['events']:
    fr = [(f['method']['type']['name'] + '.' + f['method']['name']).replace('/', '.') for f in e['values']['stackTrace']['frames']]
    k = cat(fr); c[k] += 1; ex[k][fr[0] if fr else '']+=1
n = sum(c.values())
print('| part | samples | share |\n|---|---:|---:|')
for k, v in c.most_common(): print(f'| {k} | {v} | {100*v/n:.1f} % |')
print(f'| total | {n} | 100 % |')
if len(sys.argv) > 2:
    for k in ('other (JDK, GC-side, unattributed)','HTTP (Netty, Micronaut routing, validation, filters)'): print(k, ex[k].most_common(12))
