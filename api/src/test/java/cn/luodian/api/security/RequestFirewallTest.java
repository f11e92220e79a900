package cn.luodian.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The firewall's loop says what Spring Security's regular expression says, for every kind of character. */
class RequestFirewallTest {
    private static final Pattern SPRING_RULE = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void agreesWithTheStrictFirewallsExpressionOnEveryCodePoint() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = new String(Character.toChars(codePoint));
            assertThat(RequestFirewall.assignedAndNotControl(text)).as("U+%04X", codePoint)
                    .isEqualTo(SPRING_RULE.matcher(text).matches());
        }
    }

    @Test
    void agreesOnMixedStringsIncludingLoneSurrogates() {
        SplittableRandom random = new SplittableRandom(15);
        int refused = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder("Bearer ld_");
            for (int i = random.nextInt(12); i > 0; i--) {
                int pick = random.nextInt(10);
                // Mostly printable ASCII and CJK; sometimes a control, a lone surrogate, an unassigned or astral code point.
                int codePoint = pick < 5 ? 0x20 + random.nextInt(0x5f) : pick < 7 ? 0x4e00 + random.nextInt(0x5000)
                        : pick == 7 ? random.nextInt(0x20) : pick == 8 ? 0xd800 + random.nextInt(0x800)
                        : random.nextInt(Character.MAX_CODE_POINT + 1);
                text.appendCodePoint(codePoint);
            }
            boolean expected = SPRING_RULE.matcher(text).matches();
            refused += expected ? 0 : 1;
            assertThat(RequestFirewall.assignedAndNotControl(text.toString())).as("%s", text.codePoints().boxed().toList())
                    .isEqualTo(expected);
        }
        assertThat(refused).as("the sample holds refused strings too").isBetween(2_000, 18_000);
    }
}
