package cn.luodian.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one check of text: what it refuses, what it lets through unchanged, and how it names the field. */
class TextFieldsTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "a\u0000b", "\u0007", "x\u007f", "\u0085", "\ud800", "a\udc00", "\ud83d",
            "\u202eevil", "\u2066x", "\ufffe", "\uffff", "\ufdd0", "a\nb", "a\tb", "a\u2028b"})
    void aSingleLineRefusesWhatIsNotText(String value) {
        assertThatThrownBy(() -> TextFields.line("reporter.name", value, 100))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("reporter.name");
                    assertThat(e.getMessage()).startsWith("联系人在第 ");
                });
    }

    @Test
    void multiLineTextKeepsLineBreaksAndTabsButNoOtherControls() {
        assertThat(TextFields.text("description", "井盖\r\n破损\t严重", 100)).isEqualTo("井盖\r\n破损\t严重");
        assertThatThrownBy(() -> TextFields.text("description", "井盖\u0000", 100)).hasMessageContaining("控制字符");
    }

    @Test
    void wholeTextPassesUnchangedAndNullStaysNull() {
        assertThat(TextFields.line("name", "王五🙂<b>' OR 1=1", 100)).isEqualTo("王五🙂<b>' OR 1=1");
        assertThat(TextFields.line("name", null, 1)).isNull();
    }

    @Test
    void lengthIsCountedInUtf16UnitsSoThatItFitsEveryColumn() {
        assertThat(TextFields.line("reporter.name", "长".repeat(100), 100)).hasSize(100);
        assertThatThrownBy(() -> TextFields.line("reporter.name", "长".repeat(101), 100))
                .hasMessage("联系人过长（最多 100 个字符，实有 101 个）");
        // 60 emoji are 60 characters to a person and 120 UTF-16 units to H2's VARCHAR(100).
        assertThatThrownBy(() -> TextFields.line("reporter.name", "🙂".repeat(60), 100)).hasMessageContaining("过长");
    }

    @Test
    void phonesAreDigitsWithTheUsualSeparators() {
        for (String phone : new String[] {"13912345678", "010-6952 1234", "010-69521234转8", "+86 (10) 6952-1234", "139****5678", "12345"}) {
            assertThat(TextFields.phone("reporter.phone", phone)).isEqualTo(phone);
        }
        for (String phone : new String[] {"<script>alert(1)</script>", "abc", "13912345678; DROP", "1".repeat(41), "☎123"}) {
            assertThatThrownBy(() -> TextFields.phone("reporter.phone", phone)).isInstanceOf(InvalidFieldException.class)
                    .hasMessageStartingWith("联系电话");
        }
        assertThat(TextFields.contact("email", "a.b@example.cn")).isEqualTo("a.b@example.cn");
        assertThatThrownBy(() -> TextFields.contact("email", "<a@b.cn>")).hasMessageContaining("电子邮箱");
    }

    @Test
    void aFieldWithoutAChineseLabelIsQuotedAndAChineseNameIsUsedAsItIs() {
        assertThatThrownBy(() -> TextFields.line("unknownField", "x\u0000", 10)).hasMessageStartingWith("字段 'unknownField' 在第 2 个字符");
        assertThatThrownBy(() -> TextFields.line("来电时间", "x\u0000", 10)).hasMessageStartingWith("来电时间在第 2 个字符");
    }

    @Test
    void aTimeMayBeAheadOfTheClockByTheSkewOnly() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);
        Instant soon = clock.instant().plus(TextFields.CLOCK_SKEW);
        assertThat(TextFields.notInFuture("receivedAt", soon, clock)).isEqualTo(soon);
        assertThatThrownBy(() -> TextFields.notInFuture("receivedAt", soon.plus(Duration.ofSeconds(1)), clock))
                .hasMessageContaining("来电时间").hasMessageContaining("将来");
        assertThatThrownBy(() -> TextFields.notInFuture("receivedAt", Instant.parse("2099-01-01T00:00:00Z"), clock))
                .isInstanceOf(InvalidFieldException.class);
    }
}
