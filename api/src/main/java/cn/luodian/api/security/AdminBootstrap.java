package cn.luodian.api.security;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.ConflictException;
import cn.luodian.api.system.LuodianProperties;
import java.io.PrintStream;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator, user {@code admin} (scope: everywhere), when the server starts
 * and there is none. Its password is {@code luodian.security.admin-password}
 * ({@code LUODIAN_ADMIN_PASSWORD}); without one a random password is generated and printed once to
 * standard output, never logged and never stored in clear. Import commands do not run this.
 */
@Component
@ConditionalOnWebApplication
public class AdminBootstrap implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    static final String ADMIN = "admin";
    /** No 0/O, 1/l/I: the password is read off a console and typed. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 20;

    private final UserAccounts accounts;
    private final LuodianProperties properties;
    private final SecureRandom random = new SecureRandom();

    public AdminBootstrap(UserAccounts accounts, LuodianProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        createAdmin(System.out);
    }

    void createAdmin(PrintStream console) {
        if (accounts.find(ADMIN).isPresent()) {
            return;
        }
        String configured = properties.security().adminPassword();
        boolean generated = configured.isEmpty();
        String password = generated ? generate() : configured;
        try {
            accounts.create(Actor.system("luodian"), new NewUser(ADMIN, password, Role.ADMIN.name(), "系统管理员", "", null));
        } catch (BadRequestException e) {
            // The message names the rule, never the password.
            throw new IllegalStateException("luodian.security.admin-password (LUODIAN_ADMIN_PASSWORD): " + e.getMessage());
        } catch (ConflictException e) {
            return; // another server on the same database created it first
        }
        if (generated) {
            console.println("管理员账号 admin 的初始密码（只显示这一次，请妥善保存）/ initial password of user admin"
                    + " (shown only this once, keep it safe): " + password);
        } else {
            LOG.info("created user admin with the password from luodian.security.admin-password");
        }
    }

    private String generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
