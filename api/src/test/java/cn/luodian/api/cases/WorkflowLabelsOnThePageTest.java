package cn.luodian.api.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The workspace names every state and action the server can send in the server's own Chinese words
 * (js/cases/states.js, served from the frontend jar): a state added here without its label there
 * would show as a raw id such as {@code exposed}.
 */
class WorkflowLabelsOnThePageTest {
    private static final Pattern ENTRY = Pattern.compile("\\{ id: '([a-z_]+)', label: '([^']+)'");

    @Test
    void everyStateHasTheServersLabelOnThePage() throws IOException {
        Map<String, String> page = labelsOnThePage();
        for (CaseState state : CaseState.values()) {
            assertThat(page).as("state %s", state.id()).containsEntry(state.id(), state.label());
        }
    }

    @Test
    void everyActionOfTheHistoryHasTheServersLabelOnThePage() throws IOException {
        Map<String, String> page = labelsOnThePage();
        for (CaseAction action : CaseAction.values()) {
            assertThat(page).as("action %s", action.id()).containsEntry(action.id(), action.label());
        }
        assertThat(page).as("the report itself, the first event of every history").containsKey("create");
    }

    /** id → label of every entry in states.js (states and actions share ids only where their labels agree). */
    private static Map<String, String> labelsOnThePage() throws IOException {
        try (InputStream in = WorkflowLabelsOnThePageTest.class.getResourceAsStream("/META-INF/resources/js/cases/states.js")) {
            assertThat(in).as("states.js on the class path (frontend jar)").isNotNull();
            String js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> labels = new HashMap<>();
            Matcher m = ENTRY.matcher(js);
            while (m.find()) {
                String previous = labels.put(m.group(1), m.group(2));
                assertThat(previous == null || previous.equals(m.group(2)))
                        .as("id %s has two labels: %s, %s", m.group(1), previous, m.group(2)).isTrue();
            }
            return labels;
        }
    }
}
