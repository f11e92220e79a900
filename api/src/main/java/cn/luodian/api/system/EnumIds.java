package cn.luodian.api.system;

import java.util.function.Function;

/** Reads an enum constant by its lowercase API id, the one way every API enum is parsed. */
public final class EnumIds {

    private EnumIds() {
    }

    /** The constant whose id equals {@code input} (trimmed, ignoring case); else IllegalArgumentException(message). */
    public static <E extends Enum<E>> E parse(E[] values, Function<E, String> id, String input, String message) {
        String wanted = input == null ? "" : input.trim();
        for (E value : values) {
            if (id.apply(value).equalsIgnoreCase(wanted)) {
                return value;
            }
        }
        throw new IllegalArgumentException(message);
    }
}
