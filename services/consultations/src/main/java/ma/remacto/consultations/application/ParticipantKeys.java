package ma.remacto.consultations.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes (HMAC-SHA256) of "this person in this consultation or survey": what lets the service count a
 * participant once or refuse a second survey answer without storing who it was next to a profile or an answer.
 * The key is configuration ({@code remacto.consultations.participant-key}, a secret in production).
 */
@Component
public class ParticipantKeys {

    private final SecretKeySpec key;

    public ParticipantKeys(@Value("${remacto.consultations.participant-key}") String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String of(String scope, String scopeId, String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((scope + "|" + scopeId + "|" + subject)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
