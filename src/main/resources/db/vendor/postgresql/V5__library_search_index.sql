-- PostgreSQL full-text search over closed plans (pmp.PmpLibrary).
create index pmp_library_fts on pmp using gin (to_tsvector('english', coalesce(library_text, '')));
