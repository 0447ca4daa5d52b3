package org.problemsolvinghub.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Checks API credentials against Camunda's identity service, so the hub, the REST API and the webapps
 * share one set of users, and Camunda's lock-out after repeated wrong passwords applies everywhere.
 * Each of the user's groups becomes an authority named after the group id.
 *
 * <p>An API client sends its password with every request. Checking it each time costs two queries (the
 * user's salted hash, their groups) and a hash, some 6% of a task completion's CPU; so a login the
 * identity service accepted is remembered for {@code hub.security.remember-api-login} (30 s): the same
 * user with the same password within that time is let in with the groups found then. Only a digest of
 * the password is kept (SHA-256 under a random key made at start, never written anywhere). A password
 * that does not match what is remembered goes to the identity service as before, so every wrong one
 * counts towards the lock-out, and a wrong one also forgets the user's remembered login: once an account
 * is under attack or locked, the next request with the right password is refused like any other.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private static final int MOST_REMEMBERED = 10_000;

    private final IdentityService identityService;
    /** Null when logins are not remembered (a duration of 0). */
    private final Cache<String, RememberedLogin> remembered;
    private final byte[] digestKey = new byte[32];

    @Autowired
    CamundaIdentityAuthenticationProvider(IdentityService identityService,
            @Value("${hub.security.remember-api-login:PT30S}") Duration remember) {
        this(identityService, remember, Ticker.systemTicker());
    }

    /** With the clock the cache reads, which a test can move on. */
    CamundaIdentityAuthenticationProvider(IdentityService identityService, Duration remember, Ticker ticker) {
        this.identityService = identityService;
        this.remembered = remember.isZero() || remember.isNegative() ? null
                : Caffeine.newBuilder().expireAfterWrite(remember).maximumSize(MOST_REMEMBERED).ticker(ticker).build();
        new SecureRandom().nextBytes(digestKey);
    }

    private record RememberedLogin(byte[] passwordDigest, List<SimpleGrantedAuthority> groups) {
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null) {
            throw wrong();
        }
        String password = credentials.toString();
        byte[] digest = remembered == null ? null : digest(userId, password);
        RememberedLogin known = remembered == null ? null : remembered.getIfPresent(userId);
        if (known != null && MessageDigest.isEqual(known.passwordDigest(), digest)) {
            return UsernamePasswordAuthenticationToken.authenticated(userId, null, known.groups());
        }
        if (!identityService.checkPassword(userId, password)) {
            if (remembered != null) {
                remembered.invalidate(userId);
            }
            throw wrong();
        }
        List<SimpleGrantedAuthority> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .map(SimpleGrantedAuthority::new)
                .toList();
        if (remembered != null) {
            remembered.put(userId, new RememberedLogin(digest, groups));
        }
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
    }

    private static BadCredentialsException wrong() {
        return new BadCredentialsException("Wrong user name or password");
    }

    private byte[] digest(String userId, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(digestKey);
            sha256.update(userId.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return sha256.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
