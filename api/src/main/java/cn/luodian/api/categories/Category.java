package cn.luodian.api.categories;

/**
 * One class of the taxonomy: a 大类 (parentCode null) or a 小类. {@code kind} is component (部件),
 * event (事件) — both from CJ/T 214 — or hotline (common 12345 city-management categories).
 */
public record Category(String code, String parentCode, String name, String kind, int sortOrder) {

    public boolean isTopLevel() {
        return parentCode == null;
    }
}
