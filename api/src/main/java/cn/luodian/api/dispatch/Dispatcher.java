package cn.luodian.api.dispatch;

import java.util.Comparator;
import java.util.List;
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
 *
 * <p>A case about a 部件 goes to the component's owner (权属单位), else its maintainer (养护单位),
 * when a responsible unit of that name is registered and enabled: before the rules of a 大类 or wider
 * and the home unit. A rule naming the case's exact 小类 still overrides it: that is how a district
 * says "these go to X whoever owns them".
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
        return explain(categoryCode, jurisdictionCode, townshipCode, List.of());
    }

    /**
     * The same for a case about a component whose owner and maintainer are {@code componentUnits}
     * (unit names, the owner first; empty for a case about none).
     */
    public Optional<DispatchChoice> explain(String categoryCode, String jurisdictionCode, String townshipCode,
                                            List<String> componentUnits) {
        List<ResponsibleUnit> all = repository.listUnits();
        Map<Long, ResponsibleUnit> units = all.stream().collect(Collectors.toMap(ResponsibleUnit::id, Function.identity()));
        Optional<DispatchChoice> byRule = repository.listRules().stream()
                .filter(r -> r.matches(categoryCode, jurisdictionCode))
                .sorted(MOST_SPECIFIC_FIRST)
                .filter(r -> units.containsKey(r.unitId()) && units.get(r.unitId()).enabled())
                .findFirst()
                .map(r -> new DispatchChoice(units.get(r.unitId()), r));
        if (byRule.isPresent() && byRule.get().rule().categoryPrefix().equals(categoryCode)) {
            return byRule;
        }
        for (String name : componentUnits) {
            Optional<ResponsibleUnit> owner = all.stream().filter(u -> u.enabled() && u.name().equals(name)).findFirst();
            if (owner.isPresent()) {
                return Optional.of(new DispatchChoice(owner.get(), null, true));
            }
        }
        if (byRule.isPresent()) {
            return byRule;
        }
        return townshipCode == null ? Optional.empty()
                : repository.findHomeUnit(townshipCode).map(u -> new DispatchChoice(u, null));
    }
}
