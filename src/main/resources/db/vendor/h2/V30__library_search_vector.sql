-- PostgreSQL stores the library's search vector from this version on; H2 searches with LIKE (pmp.PmpLibrary).
-- Nothing to create here; the version keeps both databases' histories in step.
select 1;
