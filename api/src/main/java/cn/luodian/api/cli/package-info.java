/**
 * The jar's commands other than serving: {@code import}, {@code import-osm}, {@code import-codes},
 * {@code import-cases} and {@code import-components}.
 *
 * <p>{@link cn.luodian.api.cli.CommandLine} parses {@code COMMAND [--option value | --flag]…}, checks
 * the options before anything starts, then starts the application without a web server; options
 * with a dot in their name ({@code --luodian.data-dir=DIR}, {@code --spring.profiles.active=postgis})
 * go to Spring, so a command and the server share one configuration and one store. Each command is
 * one class behind the package-private {@code Command} interface: {@code ImportCommand} (a GeoJSON
 * layer through {@code layers.ReferenceImporter}), {@code ImportOsmCommand} (an OSM PBF extract),
 * {@code ImportCodesCommand} (the official division codes) and {@code ImportCasesCommand} (a 12345
 * hotline export through {@code hotline.HotlineImporter}) and {@code ImportComponentsCommand} (a 部件
 * inventory through {@code components.ComponentImport}). Exit codes: 0 done, 1 import failed
 * (nothing changed), 2 wrong arguments.
 *
 * <p>Commands only call the services of the packages that own the data; they hold no logic of their
 * own beyond arguments and summaries. Nothing but {@code LuodianApplication} should depend on this
 * package.
 */
package cn.luodian.api.cli;
