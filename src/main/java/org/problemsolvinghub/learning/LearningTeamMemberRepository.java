package org.problemsolvinghub.learning;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LearningTeamMemberRepository extends JpaRepository<LearningTeamMember, LearningTeamMember.Key> {

    List<LearningTeamMember> findByTeamCodeOrderByUserId(String teamCode);

    List<LearningTeamMember> findByUserId(String userId);
}
