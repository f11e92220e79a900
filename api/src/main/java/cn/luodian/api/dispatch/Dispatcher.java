package cn.luodian.api.dispatch;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Chooses the responsible unit for a case: the most specific matching rule (longest category
 * prefix, then longest jurisdiction prefix, then highest priority, then oldest) whose unit is
 * enabled, else the home township's own enabled unit (属地). A rule whose unit is disabled (停用) is
 * passed over, as if it were not there, so disabling a unit never sends a case to it.
 */
@Service
public class Dispatcher {
    static final Comparator<DispatchRule> MOST_SPECIFIC_FIRST =
            Comparator.comparingInt((DispatchRule r) -> r.categoryPrefix().length())
                    .thenComparingInt(r -> r.jurisdictionPrefix().length())
                    .thenComparingInt(DispatchRule::priority)
                    .thenComparing(Comparator.comparingLong(DispatchRule::id).reversed())
                    .reversed();

    private final DispatchRepository repository;

    public Dispatcher(DispatchRepository repository) {
        this.repository = repository;
    }

    public Optional<ResponsibleUnit> chooseUnit(String categoryCode, String jurisdictionCode, String townshipCode) {
        return explain(categoryCode, jurisdictionCode, townshipCode).map(DispatchChoice::unit);
    }

    /** The unit and why: the rule that chose it, or none when it is the township's home unit. */
    public Optional<DispatchChoice> explain(String categoryCode, String jurisdictionCode, String townshipCode) {
        Map<Long, ResponsibleUnit> units = repository.listUnits().stream()
                .collect(Collectors.toMap(ResponsibleUnit::id, Function.identity()));
        Optional<DispatchChoice> byRule = repository.listRules().stream()
                .filter(r -> r.matches(categoryCode, jurisdictionCode))
                .sorted(MOST_SPECIFIC_FIRST)
                .filter(r -> units.containsKey(r.unitId()) && units.get(r.unitId()).enabled())
                .findFirst()
                .map(r -> new DispatchChoice(units.get(r.unitId()), r));
        if (byRule.isPresent()) {
            return byRule;
        }
        return townshipCode == null ? Optional.empty()
                : repository.findHomeUnit(townshipCode).map(u -> new DispatchChoice(u, null));
    }
}
