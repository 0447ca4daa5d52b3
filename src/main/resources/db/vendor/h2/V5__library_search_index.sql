-- H2 (the embedded demo) has no full-text search of PostgreSQL's kind: pmp.PmpLibrary matches each
-- word with LIKE over closed plans instead, which the index on (stage, closed_at) of V3 narrows.
-- Nothing to create here; the version keeps both databases' histories in step.
select 1;
