package cn.luodian.api.exposure;

import cn.luodian.api.system.BadRequestException;
import java.util.function.Supplier;

/** Turns the enum parsers' IllegalArgumentException into a 400 with the same message. */
final class ExposureInput {

    private ExposureInput() {
    }

    static <T> T parse(Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
