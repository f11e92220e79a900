package cn.luodian.api.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The token strings: {@code ld_} and 43 base64url characters (256 random bits). Such a secret
 * cannot be guessed, so its SHA-256 is a safe thing to store and to look up by; a slow password
 * hash would only make every request slow.
 */
final class TokenSecrets {
    static final String MARK = "ld_";
    static final int LENGTH = MARK.length() + 43;
    /** How much of a token is kept and shown to tell tokens apart. */
    static final int PREFIX_LENGTH = MARK.length() + 6;

    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True when {@code presented} could be one of ours: checked before hashing anything a client sends. */
    static boolean wellFormed(String presented) {
        if (presented == null || presented.length() != LENGTH || !presented.startsWith(MARK)) {
            return false;
        }
        for (int i = MARK.length(); i < LENGTH; i++) {
            char c = presented.charAt(i);
            boolean base64url = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_';
            if (!base64url) {
                return false;
            }
        }
        return true;
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String prefix(String token) {
        return token.substring(0, PREFIX_LENGTH);
    }
}
