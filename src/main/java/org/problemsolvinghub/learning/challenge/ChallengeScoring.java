package org.problemsolvinghub.learning.challenge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.problemsolvinghub.learning.LearningProperties;

/**
 * How a challenge counts, kept apart from storage so the rules read in one place:
 * <ul>
 * <li>a streak is a run of consecutive days completed, whenever each was completed, so catching up a
 * day within the window mends the streak; the current streak is broken only by a day that can no longer
 * be caught up (today's, and days still within their window, are pending, not missed);</li>
 * <li>points: so many for a day done on its date, fewer for a day caught up later;</li>
 * <li>badges: one for each streak length and each number of days done in the configuration;</li>
 * <li>rankings share a rank between equal scores (1, 1, 3), and list the tied in name order.</li>
 * </ul>
 */
final class ChallengeScoring {

    record Badge(String code, String label) {
    }

    record Score(int daysDone, int onTime, int caughtUp, int currentStreak, int longestStreak, int points,
            List<Badge> badges) {
    }

    record Ranked<T>(int rank, T item) {
    }

    private ChallengeScoring() {
    }

    /**
     * @param done     the days completed (numbered from 1)
     * @param caughtUp those of them completed after their date
     * @param today    today's day number (below 1 before the start, above {@code days} after the end)
     * @param catchUpDays how many days after its date a day may still be completed
     */
    static Score score(Set<Integer> done, Set<Integer> caughtUp, int today, int days, int catchUpDays,
            LearningProperties.Challenge policy) {
        int onTime = (int) done.stream().filter(d -> !caughtUp.contains(d)).count();
        int late = done.size() - onTime;
        int longest = longestRun(done, days);
        int current = currentRun(done, today, days, catchUpDays);
        List<Badge> badges = new ArrayList<>();
        policy.streakBadges().stream().sorted().filter(n -> longest >= n)
                .forEach(n -> badges.add(new Badge("STREAK_" + n, n + " days in a row")));
        policy.milestoneBadges().stream().sorted().filter(n -> done.size() >= n)
                .forEach(n -> badges.add(new Badge("DAYS_" + n, n + " days done")));
        return new Score(done.size(), onTime, late, current, longest,
                onTime * policy.pointsOnTime() + late * policy.pointsCaughtUp(), badges);
    }

    private static int longestRun(Set<Integer> done, int days) {
        int longest = 0;
        int run = 0;
        for (int d = 1; d <= days; d++) {
            run = done.contains(d) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** The run ending at the latest day done, stepping over the days not done yet that can still be caught up. */
    private static int currentRun(Set<Integer> done, int today, int days, int catchUpDays) {
        int d = Math.min(today, days);
        while (d >= 1 && !done.contains(d) && today <= d + catchUpDays) {
            d--;
        }
        int run = 0;
        while (d >= 1 && done.contains(d)) {
            run++;
            d--;
        }
        return run;
    }

    /** Highest first; equal scores share a rank and are listed by name. */
    static <T> List<Ranked<T>> rank(List<T> items, ToDoubleFunction<T> score, Function<T, String> name) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingDouble(score).reversed().thenComparing(name, String.CASE_INSENSITIVE_ORDER));
        List<Ranked<T>> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            boolean tiedWithPrevious = i > 0 && score.applyAsDouble(sorted.get(i)) == score.applyAsDouble(sorted.get(i - 1));
            ranked.add(new Ranked<>(tiedWithPrevious ? ranked.get(i - 1).rank() : i + 1, sorted.get(i)));
        }
        return ranked;
    }
}
