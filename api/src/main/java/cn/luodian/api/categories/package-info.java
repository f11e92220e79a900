/**
 * The case taxonomy as data: two levels, 大类 and 小类.
 *
 * <p>{@link cn.luodian.api.categories.Category} is one class: a 大类 ({@code parentCode} null) or a
 * 小类, of kind component (部件) or event (事件) from CJ/T 214, or a common 12345 hotline class.
 * {@link cn.luodian.api.categories.CategorySeeder} adds the missing rows of the bundled
 * {@code taxonomy/categories.csv} at start-up, before anything creates cases; an installation may add
 * rows of its own to the {@code category} table. Other packages read it through the face
 * {@link cn.luodian.api.categories.Taxonomy}; the table's class {@code CategoryRepository} stays inside.
 * {@link cn.luodian.api.categories.CategoriesController} serves {@code /api/v1/categories} for
 * pickers; Open311 lists the 小类 as its services.
 *
 * <p>A leaf: depends on no other api package.
 */
package cn.luodian.api.categories;
