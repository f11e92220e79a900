/**
 * The two-level category picker's search: 大类 with their 小类 filtered by a typed text (code,
 * name or a part of either). Pure.
 */

/**
 * @param {Array<{code, name, children: Array<{code, name}>}>} categories GET api/v1/categories
 * @param {string} text
 * @returns {Array<{code, name, children}>} the 大类 that match or hold a matching 小类; a 大类 that
 *   matches itself keeps all its 小类
 */
export function searchCategories(categories, text) {
  const query = normalise(text);
  if (query === '') {
    return categories;
  }
  const result = [];
  for (const parent of categories ?? []) {
    if (matches(parent, query)) {
      result.push(parent);
      continue;
    }
    const children = (parent.children ?? []).filter((child) => matches(child, query));
    if (children.length > 0) {
      result.push({ ...parent, children });
    }
  }
  return result;
}

/** "公用设施 › 污水井盖" for a 小类 code; the 大类 name alone for a 大类. */
export function categoryPath(categories, code) {
  for (const parent of categories ?? []) {
    if (parent.code === code) {
      return parent.name;
    }
    const child = (parent.children ?? []).find((c) => c.code === code);
    if (child) {
      return `${parent.name} › ${child.name}`;
    }
  }
  return code ?? '';
}

function matches(category, query) {
  return normalise(category.name).includes(query) || normalise(category.code).startsWith(query);
}

function normalise(text) {
  return String(text ?? '').trim().toLowerCase();
}
