package cn.luodian.api;

import cn.luodian.api.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * One jar, several commands (as GraphHopper's {@code import} vs {@code server}): with no command it
 * serves; {@code import}, {@code import-osm}, {@code import-codes} and {@code import-cases} fill the same store and exit.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LuodianApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(LuodianApplication.class, args, System.out, System.err));
        }
        SpringApplication.run(LuodianApplication.class, args);
    }
}
