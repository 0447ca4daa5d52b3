-- The library searches closed plans only (issue #8, docs/performance.md "P2"). With the GIN index over every
-- plan, PostgreSQL intersected it with pmp_stage_closed (a bitmap of all 10,000 closed plans) on every search;
-- an index of the closed plans alone answers "closed and matching" by itself: about 0.8 ms less a search on
-- the volume database (6.4 -> 5.5 ms for a word in a third of the plans, 2.0 -> 1.3 ms for a rarer one).
create index pmp_library_closed_tsv on pmp using gin (library_tsv) where stage = 'CLOSED';
drop index pmp_library_tsv;
