package org.problemsolvinghub.learning.journey;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One lesson of a journey, numbered from 1, with how long it takes. */
@Entity
@Table(name = "journey_lesson")
@IdClass(JourneyLesson.Key.class)
public class JourneyLesson {

    public record Key(String journeyCode, Integer position) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "journey_code")
    private String journeyCode;

    @Id
    private Integer position;

    private String title;

    private int minutes;

    protected JourneyLesson() {
    }

    JourneyLesson(String journeyCode, int position, String title, int minutes) {
        this.journeyCode = journeyCode;
        this.position = position;
        this.title = title;
        this.minutes = minutes;
    }

    public String getJourneyCode() {
        return journeyCode;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public int getMinutes() {
        return minutes;
    }
}
