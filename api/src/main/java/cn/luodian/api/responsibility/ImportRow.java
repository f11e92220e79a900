package cn.luodian.api.responsibility;

/**
 * One cell of an import, as the file gave it: {@code where} names its place in the file in Chinese
 * ("第 3 行", "第 2 个要素"); {@code worker} is a username or null.
 */
record ImportRow(String where, String cellCode, String gridName, String worker) {
}
