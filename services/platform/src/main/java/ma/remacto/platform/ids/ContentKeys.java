package ma.remacto.platform.ids;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A key derived from content (SHA-256, hex): the same text always gives the same key, so a second send of the same
 * thing is recognised (a meeting's table of ideas, a past petition) without keeping or comparing the text itself.
 * Not for personal data: that takes a keyed hash ({@code KeyedHash}), which a guess cannot reproduce.
 */
public final class ContentKeys {

    private ContentKeys() {
    }

    public static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
