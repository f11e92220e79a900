package cn.luodian.api.security;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.TextFields;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place a new password is judged: a new user, a reset by the administrator, one's own
 * change, the first administrator. At least {@value #MIN_CHARS} characters and at most
 * {@value #MAX_BYTES} bytes (bcrypt reads no more; a longer one is refused, not cut); no control
 * characters; not containing the username; not one of the bundled common passwords
 * ({@code common-passwords.txt}, also with digits or punctuation after it); at least
 * {@value #MIN_DISTINCT} different characters (refuses {@code aaaaaaaaaa}, {@code 1212121212});
 * not a run along the keyboard or the alphabet or the digits, either way ({@code 1234567890},
 * {@code qwertyuiop}). Messages are Chinese and never echo the password.
 */
final class PasswordRule {
    static final int MIN_CHARS = 10;
    static final int MAX_BYTES = 72;
    static final int MIN_DISTINCT = 4;
    /** Shorter usernames ({@code li}) would refuse too much by containment; such a password must still not equal it. */
    static final int MIN_USERNAME_CONTAINED = 3;
    /** Rows read left to right, wrapping round (7890123456); the rule also reads them backwards. */
    private static final String[] RUNS = {"0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl",
        "zxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "qazwsxedcrfvtgbyhnujmikolp", "!@#$%^&*()"};
    private static final Set<String> COMMON = load();

    private PasswordRule() {
    }

    /** 400 with a Chinese sentence naming {@code field} when {@code password} breaks the rule; never echoes it. */
    static void check(String password, String username, String field) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_CHARS) {
            throw new BadRequestException(field + "至少要有 " + MIN_CHARS + " 个字符");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new BadRequestException(field + "不能超过 " + MAX_BYTES + " 字节（UTF-8 编码）");
        }
        if (password.codePoints().anyMatch(Character::isISOControl)) {
            throw new BadRequestException(field + "不能含控制字符");
        }
        // A lone surrogate would be hashed as '?' (UTF-8 replacement): refused, as in every text field.
        TextFields.line(field, password, MAX_BYTES);
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isEmpty() && (lower.equals(username.toLowerCase(Locale.ROOT))
                || username.length() >= MIN_USERNAME_CONTAINED && lower.contains(username.toLowerCase(Locale.ROOT)))) {
            throw new BadRequestException(field + "不能包含用户名");
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT) {
            throw new BadRequestException(field + "由太少几种字符重复组成，容易被猜中：至少要有 " + MIN_DISTINCT + " 种不同的字符");
        }
        if (isRun(lower)) {
            throw new BadRequestException(field + "是键盘、字母或数字的连续序列，容易被猜中");
        }
        if (isCommon(lower)) {
            throw new BadRequestException(field + "过于常见，容易被猜中，请换一个");
        }
    }

    private static boolean isRun(String lower) {
        for (String run : RUNS) {
            String twice = run + run;
            if (twice.contains(lower) || new StringBuilder(twice).reverse().toString().contains(lower)) {
                return true;
            }
        }
        return false;
    }

    /** In the list as it is, or once the digits and punctuation after a listed word are taken off. */
    private static boolean isCommon(String lower) {
        if (COMMON.contains(lower)) {
            return true;
        }
        String word = lower.replaceFirst("[\\p{N}\\p{P}\\p{S}\\s]+$", "");
        return !word.isEmpty() && COMMON.contains(word);
    }

    private static Set<String> load() {
        try (InputStream in = PasswordRule.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
