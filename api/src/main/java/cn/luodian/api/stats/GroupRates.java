package cn.luodian.api.stats;

/**
 * The four rates of one group of cases (a township, a unit, a category or all of them) for one
 * period, with the number of cases received in it. {@code code} is the group's key (township code,
 * unit code, category code; null for cases without one and for the overall group), {@code name} its
 * label. The definitions are in the package documentation.
 */
public record GroupRates(String code, String name, long cases, Rate response, Rate resolution, Rate satisfaction,
                         Rate onTimeClosure) {

    public static GroupRates empty(String code, String name) {
        return new GroupRates(code, name, 0, Rate.NONE, Rate.NONE, Rate.NONE, Rate.NONE);
    }

    /** Both groups' cases together, under this group's key and name. */
    public GroupRates plus(GroupRates other) {
        return new GroupRates(code, name, cases + other.cases, response.plus(other.response),
                resolution.plus(other.resolution), satisfaction.plus(other.satisfaction),
                onTimeClosure.plus(other.onTimeClosure));
    }

    public GroupRates named(String newCode, String newName) {
        return new GroupRates(newCode, newName, cases, response, resolution, satisfaction, onTimeClosure);
    }
}
