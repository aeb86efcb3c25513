package ma.remacto.consultations.application;

import ma.remacto.platform.security.KeyedHash;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes of "this person in this consultation or survey": what lets the service count a participant once or
 * refuse a second survey answer without storing who it was next to a profile or an answer. The key is
 * {@code remacto.consultations.participant-key} (environment REMACTO_CONSULTATIONS_PARTICIPANT_KEY, a Kubernetes
 * Secret in production); the service refuses to start without a key of at least 32 characters.
 */
@Component
public class ParticipantKeys {

    private final KeyedHash hash;

    public ParticipantKeys(@Value("${remacto.consultations.participant-key:}") String secret) {
        this.hash = new KeyedHash(secret,
                "remacto.consultations.participant-key (REMACTO_CONSULTATIONS_PARTICIPANT_KEY)");
    }

    public String of(String scope, String scopeId, String subject) {
        return hash.of(scope + "|" + scopeId + "|" + subject);
    }
}
