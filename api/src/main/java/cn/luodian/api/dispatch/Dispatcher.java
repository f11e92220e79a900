package cn.luodian.api.dispatch;

import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Chooses the responsible unit for a case: the most specific matching rule (longest category
 * prefix, then longest jurisdiction prefix, then highest priority, then oldest), else the home
 * township's own unit (属地).
 */
@Service
public class Dispatcher {
    private final DispatchRepository repository;

    public Dispatcher(DispatchRepository repository) {
        this.repository = repository;
    }

    public Optional<ResponsibleUnit> chooseUnit(String categoryCode, String jurisdictionCode, String townshipCode) {
        Optional<DispatchRule> rule = repository.listRules().stream()
                .filter(r -> r.matches(categoryCode, jurisdictionCode))
                .max(Comparator.comparingInt((DispatchRule r) -> r.categoryPrefix().length())
                        .thenComparingInt(r -> r.jurisdictionPrefix().length())
                        .thenComparingInt(DispatchRule::priority)
                        .thenComparing(Comparator.comparingLong(DispatchRule::id).reversed()));
        if (rule.isPresent()) {
            return repository.findUnit(rule.get().unitId());
        }
        return townshipCode == null ? Optional.empty() : repository.findHomeUnit(townshipCode);
    }
}
