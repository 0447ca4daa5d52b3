package org.problemsolvinghub.learning.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One day's task of a challenge, copied from its template when the challenge was set up. */
@Embeddable
public class ChallengeDay {

    @Column(name = "day_number")
    private int number;

    private String title;

    private String prompt;

    protected ChallengeDay() {
    }

    ChallengeDay(int number, String title, String prompt) {
        this.number = number;
        this.title = title;
        this.prompt = prompt;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getPrompt() {
        return prompt;
    }
}
