package cn.luodian.api.layers;

import java.util.List;
import java.util.Map;

/** What an import wrote: features per layer id, and notes for the user (skipped features …). */
public record ImportSummary(String source, Map<String, Integer> featuresByLayer, List<String> notes) {
}
