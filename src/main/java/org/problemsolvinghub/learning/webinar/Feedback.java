package org.problemsolvinghub.learning.webinar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person's feedback on a session, with the themes they would like next (one per line). */
@Entity
@Table(name = "webinar_feedback")
public class Feedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "user_id")
    private String userId;

    private int rating;

    @Column(name = "comment_text")
    private String comment;

    @Column(name = "themes_wanted")
    private String themesWanted;

    @Column(name = "given_at")
    private Instant givenAt;

    protected Feedback() {
    }

    Feedback(Long sessionId, String userId, int rating, String comment, String themesWanted, Instant givenAt) {
        this.sessionId = sessionId;
        this.userId = userId;
        this.rating = rating;
        this.comment = comment;
        this.themesWanted = themesWanted;
        this.givenAt = givenAt;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public String getUserId() {
        return userId;
    }

    public int getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    public String getThemesWanted() {
        return themesWanted;
    }

    public Instant getGivenAt() {
        return givenAt;
    }
}
