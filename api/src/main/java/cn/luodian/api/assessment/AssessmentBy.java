package cn.luodian.api.assessment;

import cn.luodian.api.system.BadRequestException;

/** What the assessment's rows are: grid workers (网格员) or 责任网格. */
enum AssessmentBy {
    WORKER("worker", "网格员"),
    GRID("grid", "责任网格");

    private final String id;
    private final String label;

    AssessmentBy(String id, String label) {
        this.id = id;
        this.label = label;
    }

    String id() {
        return id;
    }

    String label() {
        return label;
    }

    static AssessmentBy parse(String value) {
        if (value == null || value.isBlank()) {
            return WORKER;
        }
        for (AssessmentBy by : values()) {
            if (by.id.equals(value.trim())) {
                return by;
            }
        }
        // The value is not echoed: it is Latin text a user never typed (the page sends it).
        throw new BadRequestException("考核对象无法识别：应为网格员或责任网格");
    }
}
