package org.problemsolvinghub.pmp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;

import org.problemsolvinghub.security.CurrentUser;
import org.problemsolvinghub.system.HubClock;
import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists plans by area, ward, stage, owner, priority and overdue actions, as the user may see them. */
@Service
public class PmpQueries {

    public record Filter(String area, String ward, PmpStage stage, String owner, String priority, Boolean overdue) {
    }

    public record Summary(String reference, String title, String area, String wardCode, ProblemType problemType,
            PmpStage stage, String priority, String owner, Instant raisedAt, int actions, long openActions,
            long overdueActions) {
    }

    public record Results(List<Summary> items, int page, int size, long total) {
    }

    static final int MAX_PAGE_SIZE = 100;

    private final PmpRepository plans;
    private final CurrentUser currentUser;

    PmpQueries(PmpRepository plans, CurrentUser currentUser) {
        this.plans = plans;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public Results list(Filter filter, int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        LocalDate today = HubClock.today();
        Page<Pmp> found = plans.findAll(matching(filter, today),
                PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "raisedAt").and(Sort.by("reference"))));
        List<Summary> items = found.getContent().stream().map(p -> new Summary(p.getReference(), p.getTitle(),
                p.getAreaCode(), p.getWardCode(), p.getProblemType(), p.getStage(),
                p.getTriage() == null ? null : p.getTriage().getPriority(), p.getOwner(), p.getRaisedAt(),
                p.getActions().size(), p.getActions().stream().filter(a -> a.getStatus() == ActionStatus.OPEN).count(),
                p.getActions().stream().filter(a -> a.isOverdue(today)).count())).toList();
        return new Results(items, page, size, found.getTotalElements());
    }

    private Specification<Pmp> matching(Filter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.area() != null) where.add(cb.equal(root.get("areaCode"), filter.area()));
            if (filter.ward() != null) where.add(cb.equal(root.get("wardCode"), filter.ward()));
            if (filter.stage() != null) where.add(cb.equal(root.get("stage"), filter.stage()));
            if (filter.owner() != null) where.add(cb.equal(root.get("owner"), filter.owner()));
            if (filter.priority() != null) where.add(cb.equal(root.get("triage").get("priority"), filter.priority()));
            if (Boolean.TRUE.equals(filter.overdue())) {
                Subquery<Long> overdue = query.subquery(Long.class);
                var action = overdue.from(Action.class);
                overdue.select(action.get("id")).where(cb.equal(action.get("pmp"), root),
                        cb.equal(action.get("status"), ActionStatus.OPEN), cb.lessThan(action.get("dueDate"), today));
                where.add(cb.exists(overdue));
            }
            if (!currentUser.isPoliceOrSystem()) {
                List<String> agencies = currentUser.partnerAgencies();
                if (agencies.isEmpty()) {
                    where.add(cb.disjunction());
                } else {
                    Subquery<Long> held = query.subquery(Long.class);
                    var action = held.from(Action.class);
                    held.select(action.get("id")).where(cb.equal(action.get("pmp"), root), action.get("ownerAgency").in(agencies));
                    where.add(cb.or(cb.exists(held),
                            root.get("triage").get("partnerAgency").in(agencies)));
                }
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
