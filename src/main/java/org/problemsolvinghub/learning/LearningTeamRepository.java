package org.problemsolvinghub.learning;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LearningTeamRepository extends JpaRepository<LearningTeam, String> {

    List<LearningTeam> findByAreaCodeOrderByName(String areaCode);
}
