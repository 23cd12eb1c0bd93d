#!/usr/bin/env python3
"""Shares of JFR CPU samples per part of a candidates request (docs/benchmarks.md, « Où passe le temps »).

Usage: jfr print --json --stack-depth 300 --events jdk.ExecutionSample rec.jfr > rec.json
       scripts/jfr-candidates-parts.py rec.json
`jfr print` keeps only 5 frames per stack unless told otherwise: the rounds before the sixth were counted on such cut
stacks. Each sample goes to the part of its innermost frame that belongs to a part (JDK frames are passed over), so a
whole stack (HTTP at the bottom, then security filters, the controller, the ranking, Lucene on top) counts where the
CPU was spent; prints a Markdown table."""
import json, sys, collections

def part(frame):
    f = frame
    if f.startswith('jdk.jfr'): return 'JFR itself'
    if 'fr.tremplin.indexer.verify' in f or 'Tailer' in f or 'tailer' in f or 'Maintenance' in f:
        return 'background (index checks, outbox tailer)'
    if f.startswith('org.mariadb') or f.startswith('io.micronaut.data') or f.startswith('com.zaxxer') \
            or 'SeekerSource' in f:
        return 'reading MariaDB (JDBC, row mapping)'
    if 'SeekerDisplays' in f: return 'names from the index'
    if 'MatchDtos' in f or 'skillLabel' in f: return 'explanations: DTO + skill labels'
    if 'jackson' in f or 'serde' in f or 'JsonMapper' in f or 'MessageBodyWriter' in f: return 'JSON serialisation'
    if 'security' in f or 'jwt' in f.lower() or 'nimbus' in f or 'AccessPolicy' in f:
        return 'security (JWT, filters, access)'
    if f.startswith('fr.tremplin.core'):
        if 'Facet' in f: return 'ranking: facets'
        if 'Explain' in f or 'MatchExplanation' in f or 'Contribution' in f: return 'ranking: explanations'
        if 'TopHits' in f or 'HitData' in f or 'HitId' in f or 'Pages' in f or 'SegmentEligibilities' in f \
                or 'SegmentIds' in f:
            return 'ranking: page (top hits, ids, eligibility)'
        if 'TextRelevance$Leaf' in f or 'RankingCollector' in f or 'SeekerCollector' in f or 'SeekerScoring' in f \
                or 'SeekerColumns' in f or 'Reach' in f or 'PendingDocs' in f or 'FeatureValues' in f \
                or 'FeatureWeights' in f or 'OrdRelations' in f or 'OrdTable' in f or 'SegmentDictionaries' in f:
            return 'ranking: filters and scoring (collector)'
        if 'TextRelevance' in f or 'Analyzers' in f or 'CandidateRanker.plan' in f or 'SeekerRetrieval' in f \
                or 'OccupationTargets' in f or 'WeightedSkills' in f or 'ParallelSearcher.termStates' in f:
            return 'ranking: plan (text query, retrieval query)'
        return 'ranking: Lucene (retrieval iteration, postings, doc values)'
    if f.startswith('org.apache.lucene') or 'MemorySessionImpl' in f or 'MemorySegment' in f or 'VarHandleSegment' in f \
            or 'ScopedMemoryAccess' in f:
        return None  # Lucene: attributed to the Tremplin frame that called it, else to the retrieval below
    if f.startswith('io.netty') or f.startswith('io.micronaut'): return 'HTTP (Netty, Micronaut routing, validation)'
    if f.startswith('fr.tremplin'): return 'other Tremplin code'
    return None

def categorize(frames):
    lucene = False
    for f in frames:  # innermost first
        if f.startswith('org.apache.lucene') or 'MemorySession' in f or 'MemorySegment' in f or 'ScopedMemoryAccess' in f:
            lucene = True
        p = part(f)
        if p is None:
            continue
        if lucene and p.startswith('ranking:'):
            return p
        if lucene:
            return 'ranking: Lucene (retrieval iteration, postings, doc values)'
        return p
    return 'ranking: Lucene (retrieval iteration, postings, doc values)' if lucene else 'other (JDK, GC-side, unattributed)'

d = json.load(open(sys.argv[1]))
c = collections.Counter()
for e in d['recording']['events']:
    frames = [(f['method']['type']['name'] + '.' + f['method']['name']).replace('/', '.')
              for f in e['values']['stackTrace']['frames']]
    c[categorize(frames)] += 1
n = sum(c.values())
print('| part | samples | share |\n|---|---:|---:|')
for k, v in c.most_common(): print(f'| {k} | {v} | {100*v/n:.1f} % |')
print(f'| total | {n} | 100 % |')
