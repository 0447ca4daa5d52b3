-- The library's search vector stored with the plan (issue #8, docs/performance.md "P2"): the GIN index of V5 was
-- on an expression, so ranking the matches parsed every matching plan's text again (to_tsvector per row, in
-- ts_rank and in the recheck). A stored generated column is parsed once, when the text is written at closure.
alter table pmp add column library_tsv tsvector
    generated always as (to_tsvector('english', coalesce(library_text, ''))) stored;
create index pmp_library_tsv on pmp using gin (library_tsv);
drop index pmp_library_fts;
