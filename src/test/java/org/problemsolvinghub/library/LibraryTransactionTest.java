package org.problemsolvinghub.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.problemsolvinghub.system.SqlStatements;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A library search asks every source (plans, recordings, testimony) in one read-only transaction. */
class LibraryTransactionTest extends HubTest {

    @Test
    void aSearchTakesOneConnectionForAllItsSources() {
        search(); // the first request checks the password; the login is then remembered
        SqlStatements.HUB.start(false);
        ResponseEntity<String> answer = search();
        SqlStatements.Counts counts = SqlStatements.HUB.stop();

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(counts.of(SqlStatements.Kind.SELECT)).as("a query per source").isGreaterThanOrEqualTo(3);
        assertThat(counts.connections()).as("connections taken from the pool").isEqualTo(1);
    }

    /** A search nobody asked before (a word of its own), so the plans' statement runs, not a kept answer. */
    private ResponseEntity<String> search() {
        String word = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        return as("mkhan").getForEntity("/api/library?q=lighting " + word, String.class);
    }
}
