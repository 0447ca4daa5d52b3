package org.problemsolvinghub.library;

import java.util.List;

/**
 * One kind of thing the good-practice library can find. Each feature that has something to share
 * (closed plans, webinar recordings, testimonies) offers a bean of this type, so that one query
 * searches them all. Implementations answer only what the current user may see, best match first.
 */
public interface LibrarySource {

    /** What matches the query {@code q} (free text; blank means everything, newest first). */
    List<LibraryHit> search(String q);
}
