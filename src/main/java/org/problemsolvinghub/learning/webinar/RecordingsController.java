package org.problemsolvinghub.learning.webinar;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The recordings library: {@code ?q=} searches it as the good-practice library does (see {@link RecordingsLibrary}). */
@RestController
@RequestMapping("/api/learning/recordings")
class RecordingsController {

    private final RecordingsLibrary library;

    RecordingsController(RecordingsLibrary library) {
        this.library = library;
    }

    @GetMapping
    List<RecordingsLibrary.RecordingView> search(@RequestParam(required = false) String q) {
        return library.recordings(q);
    }
}
