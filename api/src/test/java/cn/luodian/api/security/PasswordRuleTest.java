package cn.luodian.api.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luodian.api.system.BadRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The password policy alone: what it refuses and why, in Chinese, and that ordinary good passwords pass. */
class PasswordRuleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "aaaaaaaaaa|种不同的字符",
        "ababababab|种不同的字符",
        "1234567890|连续序列",
        "9876543210|连续序列",
        "7890123456|连续序列",
        "abcdefghijk|连续序列",
        "QWERTYUIOP|连续序列",
        "1qaz2wsx3edc|连续序列",
        "password123|过于常见",
        "P@ssw0rd2026!|过于常见",
        "woaini1314520|过于常见",
        "zhangsan-2026|不能包含用户名",
        "short1|至少要有 10 个字符",
    })
    void refuses(String password, String why) {
        assertThatThrownBy(() -> PasswordRule.check(password, "zhangsan", "密码"))
                .isInstanceOf(BadRequestException.class).hasMessageStartingWith("密码").hasMessageContaining(why)
                .message().doesNotContain(password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xin-mima-hutong-26", "通州区城市管理落点系统", "correct horse battery", "Lp7#kd92!xQ", "chushi-mima-2026"})
    void acceptsOrdinaryGoodPasswords(String password) {
        assertThatCode(() -> PasswordRule.check(password, "zhangsan", "密码")).doesNotThrowAnyException();
    }
}
