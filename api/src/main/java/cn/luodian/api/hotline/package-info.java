/**
 * Importing 12345 hotline exports (CSV) as cases, by command ({@code import-cases}) or
 * {@code POST /api/v1/cases/import} ({@link cn.luodian.api.hotline.HotlineImportController}).
 *
 * <p>{@link cn.luodian.api.hotline.HotlineImporter} first has {@code HotlineCsvFile} check the file
 * whole without storing anything: the encoding (named, else UTF-8 when every byte is valid, else GBK;
 * {@code geo.io.TextEncoding}), RFC 4180 records with their line numbers ({@code CsvRecordReader}) and a
 * header naming the columns in Chinese or English ({@code HotlineColumn}, {@code HotlineHeader}); a
 * file that cannot be read is an {@code ImportException}. Then each row becomes a {@code NewCase}
 * ({@code HotlineRowReader}: category by {@code CategoryMatcher}, time by {@code HotlineTimes}, point
 * from lon/lat in its datum or from the location sentence through {@code describe.SentencePlacer}),
 * checked by {@code CaseService.check}, and stored 2,000 to a transaction by
 * {@code CaseService.storeAll}, falling back to one row per transaction when a batch fails. A
 * 工单编号 already stored is skipped, so importing a file again changes nothing. The answer is a
 * {@link cn.luodian.api.hotline.HotlineImportReport}.
 *
 * <p>Creates cases only through the case service, never by SQL; nothing but {@code cli} depends on
 * this package.
 */
package cn.luodian.api.hotline;
