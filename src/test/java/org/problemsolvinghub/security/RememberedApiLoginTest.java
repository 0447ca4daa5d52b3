package org.problemsolvinghub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * An API client's accepted login is remembered for a while (CamundaIdentityAuthenticationProvider), and
 * nothing about a wrong password is: the identity service, with its lock-out, sees every one.
 */
class RememberedApiLoginTest {

    private final IdentityService identityService = mock(IdentityService.class);
    private final AtomicLong nanos = new AtomicLong();
    private CamundaIdentityAuthenticationProvider provider;

    @BeforeEach
    void aUserWithTwoGroups() {
        when(identityService.checkPassword(anyString(), anyString())).thenReturn(false);
        when(identityService.checkPassword("kpatel", "right")).thenReturn(true);
        GroupQuery groups = mock(GroupQuery.class, RETURNS_SELF);
        List<Group> list = List.of(group("officers"), group("officers-coventry"));
        when(groups.list()).thenReturn(list);
        when(identityService.createGroupQuery()).thenReturn(groups);
        provider = new CamundaIdentityAuthenticationProvider(identityService, Duration.ofSeconds(30), nanos::get);
    }

    @Test
    void theSameLoginWithinTheTimeAsksTheIdentityServiceNothing() {
        assertThat(groupsOf(login("kpatel", "right"))).containsExactly("officers", "officers-coventry");
        assertThat(groupsOf(login("kpatel", "right"))).containsExactly("officers", "officers-coventry");
        later(Duration.ofSeconds(29));
        assertThat(login("kpatel", "right").isAuthenticated()).isTrue();

        verify(identityService, times(1)).checkPassword("kpatel", "right");
        verify(identityService, times(1)).createGroupQuery();
    }

    @Test
    void afterTheTimeTheLoginIsCheckedAgain() {
        login("kpatel", "right");
        later(Duration.ofSeconds(31));
        login("kpatel", "right");

        verify(identityService, times(2)).checkPassword("kpatel", "right");
    }

    @Test
    void aWrongPasswordAlwaysReachesTheIdentityServiceAndForgetsTheRememberedLogin() {
        login("kpatel", "right");
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> login("kpatel", "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        verify(identityService, times(3)).checkPassword("kpatel", "wrong");

        // Locked now, say: the right password is checked again, not let in from memory.
        when(identityService.checkPassword("kpatel", "right")).thenReturn(false);
        assertThatThrownBy(() -> login("kpatel", "right")).isInstanceOf(BadCredentialsException.class);
        verify(identityService, times(2)).checkPassword("kpatel", "right");
    }

    @Test
    void anotherUserWithTheSamePasswordIsNotLetInFromMemory() {
        login("kpatel", "right");
        assertThatThrownBy(() -> login("ljones", "right")).isInstanceOf(BadCredentialsException.class);
        verify(identityService).checkPassword("ljones", "right");
    }

    @Test
    void withNoTimeEveryRequestIsChecked() {
        provider = new CamundaIdentityAuthenticationProvider(identityService, Duration.ZERO, nanos::get);
        login("kpatel", "right");
        login("kpatel", "right");

        verify(identityService, times(2)).checkPassword("kpatel", "right");
        verify(identityService, times(2)).createGroupQuery();
    }

    private Authentication login(String user, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
    }

    private static List<String> groupsOf(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    private void later(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    private static Group group(String id) {
        Group group = mock(Group.class);
        when(group.getId()).thenReturn(id);
        return group;
    }
}
