package org.problemsolvinghub.library;

import java.util.List;
import java.util.Set;

/**
 * A kind of item the library searches. Each feature that publishes something (closed plans, webinar
 * recordings, testimonies) offers it as a bean, and one query finds them all.
 */
public interface LibrarySource {

    /** What its hits are called ("pmp", "recording"...), to ask for one kind only. */
    String kind();

    /** The filters this source understands; a query with any other filter set finds nothing here. */
    Set<String> filters();

    /** The hits this user may see, best first. */
    List<LibraryHit> search(LibraryQuery query);
}
